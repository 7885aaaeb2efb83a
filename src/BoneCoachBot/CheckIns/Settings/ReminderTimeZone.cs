using System.Globalization;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.CheckIns.Settings;

/// <summary>Her IANA time zone from what the channel sends: localTimezone (Web Chat, Emulator), else the offset of
/// localTimestamp as a fixed Etc/GMT zone, else nothing (the caller uses the default and says so).</summary>
public static class ReminderTimeZone
{
    public static string? FromActivity(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity is Activity { LocalTimezone: { Length: > 0 } named } && IsKnown(named))
        {
            return named;
        }

        if (activity.LocalTimestamp is { } local && local.Offset.Minutes == 0)
        {
            var hours = (int)local.Offset.TotalHours;
            // Etc/GMT signs are inverted by POSIX convention: UTC+2 is Etc/GMT-2. No DST, so a named zone is preferred.
            return hours == 0 ? "UTC" : "Etc/GMT" + (-hours).ToString("+0;-0", CultureInfo.InvariantCulture);
        }

        return null;
    }

    public static bool IsKnown(string zone) => TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _);

    /// <summary>The zone's own spelling (the user may type europe/berlin).</summary>
    public static string? Normalise(string zone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) ? found.Id : null;
}
