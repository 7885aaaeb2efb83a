using BoneCoachBot.Script;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Safety;

/// <summary>
/// The emergency number and crisis line for where she is: her time zone first (a place), then the region of her
/// locale ("en-GB"); somewhere not listed gets the script's general wording, never a guessed number.
/// </summary>
public sealed class Helplines
{
    private readonly Func<Words> _words;

    public Helplines(IReadOnlyList<HelplineScript> lines, string defaultEmergency, string defaultCrisis, string crisisLine)
    {
        var words = new Words(lines, defaultEmergency, defaultCrisis, crisisLine);
        _words = () => words;
    }

    /// <summary>The numbers as the turn's language says them (dialogs/safety.json and its translations).</summary>
    public Helplines(ConversationScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        _words = () =>
        {
            var safety = script[ScriptParts.Safety];
            return new Words(safety.Helplines, safety.Text(SafetyTextKeys.DefaultEmergency), safety.Text(SafetyTextKeys.DefaultCrisis), safety.Text(SafetyTextKeys.CrisisLine));
        };
    }

    public HelplineNumbers For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var words = _words();
        var line = ByTimeZone(words.Lines, activity.LocalTimezone) ?? ByLocale(words.Lines, activity.Locale);
        return line is null
            ? new HelplineNumbers(words.DefaultEmergency, words.DefaultCrisis)
            : new HelplineNumbers(line.Emergency, line.Crisis is { } crisis ? words.CrisisLine.Replace("{number}", crisis, StringComparison.Ordinal) : words.DefaultCrisis);
    }

    private static HelplineScript? ByTimeZone(IReadOnlyList<HelplineScript> lines, string? timeZone) =>
        string.IsNullOrWhiteSpace(timeZone)
            ? null
            : lines.FirstOrDefault(l => l.TimeZones.Contains(timeZone.Trim(), StringComparer.OrdinalIgnoreCase));

    // "en-GB", "es_ES", "en-US-u-ca-gregory": the region is the two capital letters after the language.
    private static HelplineScript? ByLocale(IReadOnlyList<HelplineScript> lines, string? locale)
    {
        var parts = (locale ?? string.Empty).Split('-', '_');
        var region = parts.Skip(1).FirstOrDefault(p => p.Length == 2 && p.All(char.IsLetter));
        return region is null ? null : lines.FirstOrDefault(l => string.Equals(l.Region, region, StringComparison.OrdinalIgnoreCase));
    }

    private sealed record Words(IReadOnlyList<HelplineScript> Lines, string DefaultEmergency, string DefaultCrisis, string CrisisLine);
}

/// <summary>The words to put in the emergency and crisis wording.</summary>
public sealed record HelplineNumbers(string Emergency, string Crisis);
