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

    /// <summary>
    /// The zone's own spelling (she may type europe/berlin), or the one zone named after the city she typed ("london",
    /// "new york"); a city that names no zone, or several, is not guessed.
    /// </summary>
    public static string? Normalise(string zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        // Zone ids are file names, case-sensitive on Linux: "europe/berlin" is tried as "Europe/Berlin" too.
        var titled = TitleCase(string.Join('_', zone.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        if (TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) || TimeZoneInfo.TryFindSystemTimeZoneById(titled, out found))
        {
            return found.Id;
        }

        var city = titled;
        var named = city.Length == 0 ? [] : Regions
            .Select(region => TimeZoneInfo.TryFindSystemTimeZoneById(region + city, out var inRegion) ? inRegion.Id : null)
            .OfType<string>().Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static string TitleCase(string id)
    {
        var letters = id.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < letters.Length; i++)
        {
            if (i == 0 || letters[i - 1] is '/' or '_' or '-')
            {
                letters[i] = char.ToUpperInvariant(letters[i]);
            }
        }

        return new string(letters);
    }

    // The IANA regions whose zones are named after a city (tz database); looked up one by one, which is quick,
    // where listing every system zone takes seconds the first time.
    private static readonly string[] Regions = ["Europe/", "America/", "Asia/", "Africa/", "Australia/", "Pacific/", "Atlantic/", "Indian/"];
}
