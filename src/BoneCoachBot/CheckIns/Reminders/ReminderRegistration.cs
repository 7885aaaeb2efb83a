using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace BoneCoachBot.CheckIns.Reminders;

/// <summary>
/// One user's weekly reminder, stored as its own plain-JSON item: where to reach her, when (her zone, day and time),
/// and the next due instant in UTC, which a sender moves on with an ETag write before it sends.
/// </summary>
public sealed record ReminderRegistration
{
    public required string ChannelId { get; init; }

    public required string UserId { get; init; }

    public required ConversationReference Reference { get; init; }

    /// <summary>IANA id, e.g. Europe/Berlin.</summary>
    public required string TimeZone { get; init; }

    [JsonConverter(typeof(StringEnumConverter))]
    public required DayOfWeek Day { get; init; }

    /// <summary>Local time of day, "HH:mm".</summary>
    public required string Time { get; init; }

    public required DateTimeOffset NextDueUtc { get; init; }

    [JsonConverter(typeof(StringEnumConverter))]
    public ReminderStatus Status { get; init; } = ReminderStatus.Active;

    public DateTimeOffset? LastSentUtc { get; init; }

    [JsonIgnore]
    public string Key => ReminderKeys.For(ChannelId, UserId);

    [JsonIgnore]
    public TimeOnly LocalTime => TimeOnly.ParseExact(Time, "HH:mm");

    [JsonIgnore]
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public bool IsDue(DateTimeOffset nowUtc) => Status == ReminderStatus.Active && NextDueUtc <= nowUtc;

    /// <summary>Claimed for sending at <paramref name="nowUtc"/>: the next due time is the first slot after now, so
    /// weeks missed while the bot was down collapse into this one reminder.</summary>
    public ReminderRegistration SentAt(DateTimeOffset nowUtc) => this with
    {
        LastSentUtc = nowUtc,
        NextDueUtc = ReminderSchedule.NextAfter(nowUtc, Day, LocalTime, Zone),
    };
}
