using BoneCoachBot.Bots;
using BoneCoachBot.CheckIns.Reminders;
using BoneCoachBot.CheckIns.Settings;
using BoneCoachBot.Coaching;
using BoneCoachBot.Safety;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.CheckIns;

/// <summary>
/// The reminder side of the conversation, around <see cref="CoachBot"/>: reminder phrases ("remind me on Sundays
/// at 9", "pause reminders") are free text that the whole-phrase commands of dialogs/commands.json can't match, so they
/// are read here first; her answer to a reminder is read here; and once her plan exists the weekly reminder is
/// proposed. "check in" and "progress" are the conversation's own commands (see CheckIns/Commands).
/// Runs inside the state pipeline like any bot, so all of it shares one ETag-guarded save.
/// </summary>
public sealed class CheckInBot(SafetyNet safety, CoachBot coach, CheckInState state, CoachingState coaching, ReminderSettings reminders, CheckInTexts texts) : IBot
{
    private static readonly HashSet<string> Declines = new(StringComparer.OrdinalIgnoreCase) { ReminderTurn.NotNowValue, "not now", "no", "later", "no thanks", "not today" };
    private static readonly HashSet<string> Accepts = new(StringComparer.OrdinalIgnoreCase) { "yes", "sure", "ok", "okay", "yeah", "yep", "now", "let's go", "go" };

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        // Safety first, for every message (Safety/SafetyNet).
        if (await safety.TryHandleAsync(turnContext, cancellationToken))
        {
            return;
        }

        if (turnContext.Activity.Type != ActivityTypes.Message || turnContext.Activity.From?.Id is null)
        {
            await coach.OnTurnAsync(turnContext, cancellationToken);
            return;
        }

        await reminders.RememberAddressAsync(turnContext, cancellationToken);
        if (await AnswerReminderAsync(turnContext, cancellationToken) || await SetRemindersAsync(turnContext, cancellationToken))
        {
            return;
        }

        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            await ProposeBeforeTheSummaryOfferAsync(context, activities, cancellationToken);
            return await next();
        });
        await coach.OnTurnAsync(turnContext, cancellationToken);
    }

    // Nothing of hers is kept before she consents, a reminder's address included: until then the phrase is ordinary text.
    private async Task<bool> SetRemindersAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await coaching.RecordAsync(turnContext, cancellationToken)).Consent == ConsentStatus.Given
        && await reminders.TryHandleAsync(turnContext, cancellationToken);

    // Her first message after a reminder answers it: "not now" declines; "yes" and the like become "check in" for the
    // conversation's command layer (a tap on "Check in now" already sends that); anything else is left as she said it.
    private async Task<bool> AnswerReminderAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var flags = await state.Flags.GetAsync(turnContext, () => new CheckInFlags(), cancellationToken);
        if (!flags.ReminderPending)
        {
            return false;
        }

        await state.Flags.SetAsync(turnContext, flags with { ReminderPending = false }, cancellationToken);
        if ((await coaching.RecordAsync(turnContext, cancellationToken)).PlanReadyAt is null)
        {
            // Without a plan there is no check-in to start, and her "yes" may answer an onboarding question.
            return false;
        }

        var said = turnContext.Activity.Text?.Trim().TrimEnd('.', '!') ?? string.Empty;
        if (Declines.Contains(said))
        {
            await turnContext.SendActivityAsync(texts.ReminderText("notNowReply"), cancellationToken: cancellationToken);
            return true;
        }

        if (Accepts.Contains(said))
        {
            turnContext.Activity.Text = ReminderTurn.CheckInNowValue;
        }

        return false;
    }

    // The plan turn ends by offering her a clinician summary (a question). The conversation has no hook after the
    // plan, so the proposal goes in just before that question, where it reads as part of the plan, once per user.
    private async Task ProposeBeforeTheSummaryOfferAsync(ITurnContext turnContext, List<Activity> activities, CancellationToken cancellationToken)
    {
        var offer = activities.FindIndex(a => a.Type == ActivityTypes.Message && a.Text == texts.CommandText("summaryOffer"));
        if (offer < 0 || (await coaching.RecordAsync(turnContext, cancellationToken)).PlanReadyAt is null)
        {
            return;
        }

        var record = await state.RecordOfAsync(turnContext, cancellationToken);
        if (record.RemindersProposed)
        {
            return;
        }

        var proposal = await reminders.ProposeAsync(turnContext, cancellationToken);
        activities.InsertRange(offer, proposal.Cast<Activity>());
        await state.Record.SetAsync(turnContext, record with { RemindersProposed = true }, cancellationToken);
    }
}
