using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Language;

/// <summary>
/// Asks the open question again in the turn's language. The prompt on the stack keeps the words it was asked with, so
/// it is replaced by the same prompt built from the script in her language (choices and retries too); a yes/no prompt
/// asked with a text of its own (forget me, the plan's offers) gets that text's translation. A question she came back to
/// ("back", "change my answers") is asked again whole, so its "last time you said …" line comes in her language too.
/// </summary>
public sealed class QuestionAgain(QuestionAsking asking, AnswerGuide guide)
{
    // The key the engine's prompts persist their PromptOptions under (BoneCoach.Dialogs Prompt<T>).
    private const string PersistedOptions = "options";

    public async Task AskAsync(DialogContext dc, string from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var inner = dc;
        while (inner.Child is { } child)
        {
            inner = child;
        }

        if (inner.ActiveDialog is not { } prompt || inner.FindDialog(prompt.Id) is not INavigablePrompt)
        {
            // Not waiting at a question (a card, nothing open): the next message carries on in her language.
            return;
        }

        if (ScriptedQuestionDialog.OpenAsk(inner) is { Revisit: true, Relaxed: false } revisit && inner.Stack.Count > 1 && inner.Stack[1].Id == nameof(ScriptedQuestionDialog))
        {
            await AskWholeAgainAsync(inner, revisit, cancellationToken);
            return;
        }

        var position = (await asking.State.MarksAsync(dc.Context, cancellationToken)).Position;
        var options = await FreshOptionsAsync(dc.Context, prompt, position, from, cancellationToken);
        if (options is null)
        {
            await inner.RepromptDialogAsync(cancellationToken);
            return;
        }

        await inner.ReplaceDialogAsync(prompt.Id, options, cancellationToken);
    }

    // The prompt is dropped without ending (it holds nothing to end, and ending it would hand the old question its
    // result); the question's own dialog then starts over with the options it was begun with, as "back" began it.
    private static async Task AskWholeAgainAsync(DialogContext inner, QuestionAsk revisit, CancellationToken cancellationToken)
    {
        inner.Stack.RemoveAt(0);
        await inner.ReplaceDialogAsync(nameof(ScriptedQuestionDialog), revisit, cancellationToken);
    }

    private async Task<PromptOptions?> FreshOptionsAsync(ITurnContext turnContext, DialogInstance prompt, QuestionPosition? position, string from, CancellationToken cancellationToken)
    {
        if (position is not null && position.Part == ScriptParts.CheckIn && CheckInDialog.QuestionPromptIds.Contains(prompt.Id))
        {
            return CheckInDialog.Options(asking.Script[ScriptParts.CheckIn].Question(position.QuestionId), CheckInDialog.SubjectWords(guide, position.QuestionId));
        }

        if (position is not null && position.Part != ScriptParts.CheckIn && IsScriptedPrompt(prompt.Id))
        {
            var question = asking.Script[position.Part].Question(position.QuestionId);
            var imperial = RetryWording.Imperial((Microsoft.Bot.Schema.Activity)turnContext.Activity, await asking.State.RecordAsync(turnContext, cancellationToken));
            var stored = StoredOptions(prompt);
            var options = QuestionPrompts.Options(question, asking, relaxed: false, imperial);
            options.AllowSkip = stored?.AllowSkip ?? options.AllowSkip;
            return options;
        }

        return Translated(StoredOptions(prompt), from);
    }

    // A prompt asked with one of the script's texts: the same text in the turn's language.
    private PromptOptions? Translated(PromptOptions? stored, string from)
    {
        if (stored?.Prompt?.Text is not { } asked)
        {
            return null;
        }

        foreach (var name in asking.Script.Dialogs.Keys)
        {
            var said = asking.Script.In(from, name);
            if (said.Texts.FirstOrDefault(t => t.Value == asked) is { Key: { } key })
            {
                var text = asking.Script[name].Text(key);
                stored.Prompt = MessageFactory.Text(text, text, Microsoft.Bot.Schema.InputHints.ExpectingInput);
                return stored;
            }
        }

        return null;
    }

    private static bool IsScriptedPrompt(string promptId) => promptId is QuestionPrompts.Number or QuestionPrompts.Quantity or QuestionPrompts.Frequency
        or QuestionPrompts.Duration or QuestionPrompts.Choice or QuestionPrompts.YesNo or QuestionPrompts.Text;

    private static PromptOptions? StoredOptions(DialogInstance prompt) =>
        prompt.State.TryGetValue(PersistedOptions, out var stored) ? StateValue.As<PromptOptions>(stored) : null;
}
