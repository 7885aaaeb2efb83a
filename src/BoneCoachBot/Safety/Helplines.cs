using BoneCoachBot.Script;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Safety;

/// <summary>
/// The emergency number and crisis line for where she is: her time zone first (a place), then the region of her
/// locale ("en-GB"); somewhere not listed gets the script's general wording, never a guessed number.
/// </summary>
public sealed class Helplines(IReadOnlyList<HelplineScript> lines, string defaultEmergency, string defaultCrisis, string crisisLine)
{
    public HelplineNumbers For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var line = ByTimeZone(activity.LocalTimezone) ?? ByLocale(activity.Locale);
        return line is null
            ? new HelplineNumbers(defaultEmergency, defaultCrisis)
            : new HelplineNumbers(line.Emergency, line.Crisis is { } crisis ? crisisLine.Replace("{number}", crisis, StringComparison.Ordinal) : defaultCrisis);
    }

    private HelplineScript? ByTimeZone(string? timeZone) =>
        string.IsNullOrWhiteSpace(timeZone)
            ? null
            : lines.FirstOrDefault(l => l.TimeZones.Contains(timeZone.Trim(), StringComparer.OrdinalIgnoreCase));

    // "en-GB", "es_ES", "en-US-u-ca-gregory": the region is the two capital letters after the language.
    private HelplineScript? ByLocale(string? locale)
    {
        var parts = (locale ?? string.Empty).Split('-', '_');
        var region = parts.Skip(1).FirstOrDefault(p => p.Length == 2 && p.All(char.IsLetter));
        return region is null ? null : lines.FirstOrDefault(l => string.Equals(l.Region, region, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>The words to put in the emergency and crisis wording.</summary>
public sealed record HelplineNumbers(string Emergency, string Crisis);
