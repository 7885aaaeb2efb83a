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
/// asked with a text of its own (forget me, the plan's offers) gets that text's translation.
/// </summary>
public sealed class QuestionAgain(CoachingServices services)
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

        var position = (await services.State.MarksAsync(dc.Context, cancellationToken)).Position;
        var options = await FreshOptionsAsync(dc.Context, prompt, position, from, cancellationToken);
        if (options is null)
        {
            await inner.RepromptDialogAsync(cancellationToken);
            return;
        }

        await inner.ReplaceDialogAsync(prompt.Id, options, cancellationToken);
    }

    private async Task<PromptOptions?> FreshOptionsAsync(ITurnContext turnContext, DialogInstance prompt, QuestionPosition? position, string from, CancellationToken cancellationToken)
    {
        if (position is not null && position.Part == ScriptParts.CheckIn && CheckInDialog.QuestionPromptIds.Contains(prompt.Id))
        {
            return CheckInDialog.Options(services.Script[ScriptParts.CheckIn].Question(position.QuestionId));
        }

        if (position is not null && position.Part != ScriptParts.CheckIn && IsScriptedPrompt(prompt.Id))
        {
            var question = services.Script[position.Part].Question(position.QuestionId);
            var imperial = RetryWording.Imperial((Microsoft.Bot.Schema.Activity)turnContext.Activity, await services.State.RecordAsync(turnContext, cancellationToken));
            var stored = StoredOptions(prompt);
            var options = QuestionPrompts.Options(question, services, relaxed: false, imperial);
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

        foreach (var name in services.Script.Dialogs.Keys)
        {
            var said = services.Script.In(from, name);
            if (said.Texts.FirstOrDefault(t => t.Value == asked) is { Key: { } key })
            {
                var text = services.Script[name].Text(key);
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
