using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Dialogs;
using BoneCoachBot.Script;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Language;

/// <summary>
/// Her words about the language, read after the safety net and before commands and the open question: "en español
/// por favor", "No hablo bien inglés", "in English please", or a Spanish "hola" from someone new. The language is kept
/// in her record and the conversation goes on in it; the message itself never answers a question (consent included).
/// </summary>
public sealed class LanguageSwitch(TurnLanguage language, CoachingState state, CommandCatalog catalog, QuestionAgain question)
{
    /// <summary>True when her message was about the language and has been answered.</summary>
    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var text = dc.Context.Activity.Text;
        var record = await state.RecordAsync(dc.Context, cancellationToken);
        var isNew = record.Consent == ConsentStatus.NotAsked;
        var greeting = isNew && record.Language is null && ScriptLanguage.Current != ScriptLanguage.Spanish && LanguageRequest.IsSpanishGreeting(text);
        var asked = LanguageRequest.Asked(text) ?? (greeting ? ScriptLanguage.Spanish : null);
        if (asked is null)
        {
            return false;
        }

        var from = ScriptLanguage.Current;
        using var speaking = ScriptLanguage.Use(asked);
        await language.ChooseAsync(dc.Context, asked, cancellationToken);
        if (!greeting)
        {
            await dc.Context.SendActivityAsync(MessageFactory.Text(catalog.Text(LanguageTextKeys.LanguageChosen)), cancellationToken);
        }

        if (isNew)
        {
            // She has not agreed to anything yet, and likely didn't follow the welcome: all of it again, in her language.
            await dc.CancelAllDialogsAsync(cancellationToken);
            await dc.BeginDialogAsync(nameof(MainDialog), null, cancellationToken);
        }
        else
        {
            await question.AskAsync(dc, from, cancellationToken);
        }

        return true;
    }
}
