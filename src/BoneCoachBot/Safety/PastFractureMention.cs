using BoneCoachBot.Coaching;
using BoneCoachBot.Script;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Safety;

/// <summary>
/// A broken bone she named at the opening screen as past ("yes, I broke my wrist last year when I tripped") belongs in
/// her fracture history. The screen can't tell whether it was a break from a small fall after 50, so the history
/// questions take it as a confirmation: each question with a "mentioned.{question id}" text in dialogs/safety.json is
/// asked with that line first, and a history list she answers without ticking it (or with words that speak of a break
/// but name no box) does not answer such a question "no" for her: it is asked on its own.
/// </summary>
public sealed class PastFractureMention(SafetyState state, ConversationScript script, TriagePatterns patterns)
{
    // Its note is the sign "pastFracture" (SafetyNet notes it when the screen's answer is past).
    private const string Sign = "pastFracture";
    private const string LeadInPrefix = "mentioned.";

    /// <summary>The line to say before <paramref name="questionId"/> is first asked, or null.</summary>
    public async Task<string?> LeadInAsync(ITurnContext turnContext, string questionId, CancellationToken cancellationToken) =>
        LeadIn(questionId) is { } text && await IsMentionedAsync(turnContext, cancellationToken) ? text : null;

    /// <summary>
    /// Whether a list's "no" for <paramref name="questionId"/> must not be kept: she told of a break, at the screen or in
    /// her answer to the list itself ("my wrist, I broke it falling off the kerb" names no box), so that question is
    /// asked rather than answered "no" from a box she left unticked.
    /// </summary>
    /// <remarks>A list answer that ticks another break ("a spine fracture") has accounted for it: the "no" stands.</remarks>
    public async Task<bool> KeepsAskingAsync(ITurnContext turnContext, QuestionScript list, StoredAnswer listAnswer, string questionId, StoredAnswer fill, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(listAnswer);
        ArgumentNullException.ThrowIfNull(fill);
        var saysNo = fill.YesNo == false || fill.Choice == "no";
        var tickedABreak = list.Answer.Choices.Any(c => listAnswer.Choices?.Contains(c.Value) == true && SaysBreak(c.Title));
        return saysNo && !tickedABreak && LeadIn(questionId) is not null
            && (SaysBreak(turnContext.Activity.Text) || await IsMentionedAsync(turnContext, cancellationToken));
    }

    private bool SaysBreak(string? text) => patterns.TellsOfBreak(text);

    private string? LeadIn(string questionId) => script[ScriptParts.Safety].Texts.GetValueOrDefault(LeadInPrefix + questionId);

    private async Task<bool> IsMentionedAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await state.NotesAsync(turnContext, cancellationToken)).Signs.Any(s => s.Sign == Sign);
}
