using System.Globalization;
using BoneCoachBot.CheckIns.Reminders;
using BoneCoachBot.Language;
using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.CheckIns.Settings;

/// <summary>
/// Her reminder settings inside a turn: the offer after the plan and the phrases that change it. The registration
/// is written after the turn's state is saved (so a turn that fails or reruns changes nothing twice), and the reply
/// is computed from the same change.
/// </summary>
public sealed class ReminderSettings(
    ReminderStore store, CheckInState state, TurnScopedStorage storage, CheckInTexts texts, IOptions<CheckInOptions> options, TimeProvider timeProvider)
{
    /// <summary>Handles a reminder phrase; false when the message is not one.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (ReminderPhraseParser.Parse(turnContext.Activity.Text) is not { } command)
        {
            return false;
        }

        var current = (await store.ReadAsync(KeyOf(turnContext), cancellationToken))?.Registration;
        var (updated, reply) = Apply(command, current, turnContext);
        await SaveAfterTurnAsync(turnContext, updated, cancellationToken);
        await turnContext.SendActivityAsync(reply, cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>
    /// After the plan, once per user: the weekly reminder to offer (her weekday, the default time, her zone); null when
    /// she was offered one before or already has a registration (even a stopped one).
    /// </summary>
    public async Task<ReminderProposal?> ProposeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var record = await state.RecordOfAsync(turnContext, cancellationToken);
        if (record.RemindersProposed || await store.ReadAsync(KeyOf(turnContext), cancellationToken) is not null)
        {
            return null;
        }

        await state.Record.SetAsync(turnContext, record with { RemindersProposed = true }, cancellationToken);
        var zone = ReminderTimeZone.FromActivity(turnContext.Activity);
        var slot = Schedule(turnContext, null, zone ?? options.Value.DefaultTimeZone, day: null, time: null);
        return new ReminderProposal(slot.Day, slot.Time, slot.TimeZone, ZoneGuessed: zone is null);
    }

    /// <summary>The question that offers <paramref name="proposal"/>.</summary>
    public string Question(ReminderProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return texts.ReminderText(ReminderTextKeys.Proposal, ("day", SpokenDates.Day(proposal.Day)), ("time", proposal.Time), ("zone", proposal.TimeZone));
    }

    /// <summary>The offer asked again after an answer that was neither yes, no, nor a day or time.</summary>
    public string RetryText => texts.ReminderText(ReminderTextKeys.ProposalRetry);

    /// <summary>Her answer when she turns the offer down.</summary>
    public string DeclinedText => texts.ReminderText(ReminderTextKeys.ProposalDeclined);

    /// <summary>Her yes to the proposal: the reminder is set (written after the turn's save), and what to tell her.</summary>
    public async Task<IReadOnlyList<string>> AcceptAsync(ITurnContext turnContext, ReminderProposal proposal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var time = TimeOnly.ParseExact(proposal.Time, "HH:mm", CultureInfo.InvariantCulture);
        var registration = Schedule(turnContext, null, proposal.TimeZone, proposal.Day, time, notToday: true);
        await SaveAfterTurnAsync(turnContext, registration, cancellationToken);
        var set = Describe("set", registration);
        return proposal.ZoneGuessed ? [set, texts.ReminderText(ReminderTextKeys.ZoneGuessed, ("zone", registration.TimeZone))] : [set];
    }

    /// <summary>Keeps the stored address current (Teams and Direct Line can move a conversation's serviceUrl).</summary>
    public async Task RememberAddressAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var stored = (await store.ReadAsync(KeyOf(turnContext), cancellationToken))?.Registration;
        var reference = turnContext.Activity.GetConversationReference();
        if (stored is null || (stored.Reference.ServiceUrl == reference.ServiceUrl && stored.Reference.Conversation?.Id == reference.Conversation?.Id))
        {
            return;
        }

        await storage.AfterCommitAsync(
            ct => store.UpdateAsync(stored.Key, r => r is null ? null : r with { Reference = reference }, ct), cancellationToken);
    }

    private (ReminderRegistration? Updated, string Reply) Apply(ReminderCommand command, ReminderRegistration? current, ITurnContext turnContext)
    {
        switch (command.Action)
        {
            case ReminderAction.Set:
                var zone = current?.TimeZone ?? ReminderTimeZone.FromActivity(turnContext.Activity) ?? options.Value.DefaultTimeZone;
                var set = Schedule(turnContext, current, zone, command.Day, command.Time);
                return (set, Describe("set", set));
            case ReminderAction.SetTimeZone when ReminderTimeZone.Normalise(command.TimeZone!) is { } named:
                var moved = Schedule(turnContext, current, named, current?.Day, current?.LocalTime);
                return (moved, Describe("timeZoneSet", moved));
            case ReminderAction.SetTimeZone:
                return (null, texts.ReminderText(ReminderTextKeys.UnknownTimeZone, ("zone", command.TimeZone!)));
            case ReminderAction.Stop when current is not null:
                return (current with { Status = ReminderStatus.Stopped }, texts.ReminderText(ReminderTextKeys.Stopped));
            case ReminderAction.Pause when current is { Status: not ReminderStatus.Stopped }:
                return (current with { Status = ReminderStatus.Paused }, texts.ReminderText(ReminderTextKeys.Paused));
            case ReminderAction.Resume when current is not null:
                var resumed = Schedule(turnContext, current, current.TimeZone, current.Day, current.LocalTime);
                return (resumed, Describe("resumed", resumed));
            default:
                return (null, texts.ReminderText(ReminderTextKeys.NotSet));
        }
    }

    // Missing day: the weekday it is for her today; missing time: her current one, else the configured default.
    // A proposed slot is never later today: she has just talked to the bot, so the first reminder is a week away.
    private ReminderRegistration Schedule(ITurnContext turnContext, ReminderRegistration? current, string zoneId, DayOfWeek? day, TimeOnly? time, bool notToday = false)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var now = timeProvider.GetUtcNow();
        var localDay = day ?? current?.Day ?? TimeZoneInfo.ConvertTime(now, zone).DayOfWeek;
        var localTime = time ?? current?.LocalTime ?? TimeOnly.ParseExact(options.Value.DefaultReminderTime, "HH:mm");
        var activity = turnContext.Activity;
        return new ReminderRegistration
        {
            ChannelId = activity.ChannelId,
            UserId = activity.From.Id,
            Reference = activity.GetConversationReference(),
            TimeZone = zone.Id,
            Day = localDay,
            Time = localTime.ToString("HH:mm", CultureInfo.InvariantCulture),
            NextDueUtc = ReminderSchedule.NextAfter(notToday || (day is null && current is null) ? now.AddDays(1) : now, localDay, localTime, zone),
            Status = ReminderStatus.Active,
            LastSentUtc = current?.LastSentUtc,
        };
    }

    private string Describe(string key, ReminderRegistration registration)
    {
        var localDue = TimeZoneInfo.ConvertTime(registration.NextDueUtc, registration.Zone);
        return texts.ReminderText(key,
            ("day", SpokenDates.Day(registration.Day)),
            ("time", registration.Time),
            ("zone", registration.TimeZone),
            ("date", SpokenDates.Date(localDue)));
    }

    private Task SaveAfterTurnAsync(ITurnContext turnContext, ReminderRegistration? updated, CancellationToken cancellationToken) =>
        updated is null
            ? Task.CompletedTask
            : storage.AfterCommitAsync(ct => store.UpdateAsync(KeyOf(turnContext), _ => updated, ct), cancellationToken);

    private static string KeyOf(ITurnContext turnContext) =>
        ReminderKeys.For(turnContext.Activity.ChannelId, turnContext.Activity.From.Id);
}
