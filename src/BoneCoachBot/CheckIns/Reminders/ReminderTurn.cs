using BoneCoachBot.Language;
using BoneCoachBot.Script;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.CheckIns.Reminders;

/// <summary>The proactive turn of a reminder: the question with "Check in now" / "Not this week" buttons, and a
/// note in state so that her answer (tap, "yes", anything) starts the check-in.</summary>
public sealed class ReminderTurn(CheckInState state, CheckInTexts texts, TimeProvider timeProvider, TurnLanguage language)
{
    public const string CheckInNowValue = "check in";
    public const string NotNowValue = "not this week";

    public async Task RunAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Days later, in the language she chose (her record), not the one the server or the stored address last had.
        using var speaking = ScriptLanguage.Use(await language.OfAsync(turnContext, cancellationToken));
        var record = await state.RecordOfAsync(turnContext, cancellationToken);
        await state.Record.SetAsync(turnContext, record with { LastReminderUtc = timeProvider.GetUtcNow() }, cancellationToken);
        var flags = await state.Flags.GetAsync(turnContext, () => new CheckInFlags(), cancellationToken);
        if (flags.CheckInOpen)
        {
            // She is checking in right now: the reminder has done its job, and a question in her chat would confuse it.
            return;
        }

        var reminder = MessageFactory.Text(texts.CheckInText(CheckInTextKeys.Reminder));
        reminder.SuggestedActions = new SuggestedActions
        {
            Actions =
            [
                new CardAction(ActionTypes.ImBack, texts.ReminderText(ReminderTextKeys.CheckInNow), value: CheckInNowValue),
                new CardAction(ActionTypes.ImBack, texts.ReminderText(ReminderTextKeys.NotNow), value: NotNowValue),
            ],
        };
        await turnContext.SendActivityAsync(reminder, cancellationToken);

        await state.Flags.SetAsync(turnContext, flags with { ReminderPending = true }, cancellationToken);
    }
}
