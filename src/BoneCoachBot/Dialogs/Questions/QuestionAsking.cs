using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// What asking one scripted question needs (<see cref="ScriptedQuestionDialog"/> and its prompts): the script, her
/// record, how an answer is checked and read, the retry wording, and the red-flag watch after each answer. Only the
/// dialogs that ask the script's questions take it; the answers layer (<see cref="QuestionTurn"/>) and the commands
/// take their own parts.
/// </summary>
public sealed class QuestionAsking(
    ConversationScript script,
    CommandCatalog commands,
    CoachingState state,
    AnswerChecks checks,
    AnswerReading reading,
    RetryWording retry,
    RedFlagWatch redFlags,
    TimeProvider time,
    AnswerGuide? guide = null,
    Microsoft.Extensions.Options.IOptions<ScriptOptions>? scriptOptions = null,
    Safety.PastFractureMention? pastFracture = null)
{
    /// <summary>Whether the first pass asks the "later" questions too (<see cref="ScriptOptions.AskEverythingFirst"/>).</summary>
    public bool AskEverythingFirst { get; } = scriptOptions?.Value.AskEverythingFirst == true;

    public ConversationScript Script { get; } = script;

    public CommandCatalog Commands { get; } = commands;

    public CoachingState State { get; } = state;

    public AnswerChecks Checks { get; } = checks;

    public AnswerReading Reading { get; } = reading;

    public RetryWording Retry { get; } = retry;

    public RedFlagWatch RedFlags { get; } = redFlags;

    public TimeProvider Time { get; } = time;

    /// <summary>Whether the question counts things a day (answers.json "per": "day"), so a count a week is not its answer.</summary>
    public bool CountsPerDay(QuestionScript question) => guide?.Fact(question.Id)?.Per == "day";

    /// <summary>How a question's answer is named when noted ("a fall in the last year"), or null.</summary>
    public string? Label(string questionId) => guide?.Fact(questionId)?.Label;

    /// <summary>A past break she named at the opening screen, confirmed by the fracture questions (none in tests that build no safety net).</summary>
    public Safety.PastFractureMention? PastFracture { get; } = pastFracture;

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
}
