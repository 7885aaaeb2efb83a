using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>
/// Reads how often something happens as times per week: "twice a week", "every day", "most days", "4 times a month", "none",
/// "3 or 4" (3.5), "sometimes" (by convention, marked vague). "20 minutes a day" is every day, not 140 times.
/// </summary>
public static partial class FrequencyParser
{
    /// <summary>Times per week, or null when the answer holds no frequency or more than one.</summary>
    public static double? Read(string? text, string culture) => ReadFrequency(text, culture)?.PerWeek;

    /// <summary>Times per week and whether it was read from a vague word; null when there is none, or several disagree, or it is a correction.</summary>
    public static FrequencyReading? ReadFrequency(string? text, string culture)
    {
        var slice = TextBudget.Slice(text);
        if (slice.Trim().Length == 0)
        {
            return null;
        }

        if (ZeroWords.MatchesCount(slice))
        {
            return new FrequencyReading(0, false);
        }

        var folded = TextFold.Fold(slice);
        if (ALittlePattern().IsMatch(folded))
        {
            return new FrequencyReading(1, true);
        }

        var mentions = MentionFinder.Find(slice, culture);
        if (CorrectionReader.Read(folded, mentions) is not null)
        {
            return null;
        }

        return Single(mentions.Where(m => m.Kind == MentionKind.Frequency))
            ?? Daily(mentions)
            ?? Single(mentions.Where(m => (m.Kind == MentionKind.Number || IsDayCount(m)) && m.Value >= 0));
    }

    // "20 minutes a day", "1 hour daily": she does it every day.
    private static FrequencyReading? Daily(IReadOnlyList<Mention> mentions)
    {
        var rates = mentions.Where(m => m.Per != RatePeriod.None).ToList();
        return rates.Count > 0 && rates.All(m => m.Per == RatePeriod.Day) ? new FrequencyReading(7, false) : null;
    }

    // "3 days" to "on how many days a week...": a count of days, as "3" would be.
    private static bool IsDayCount(Mention mention) => mention.Unit == UnitCatalog.Day && mention.Per == RatePeriod.None;

    private static FrequencyReading? Single(IEnumerable<Mention> mentions)
    {
        var list = mentions.ToList();
        if (list.Count == 0 || list.Select(m => m.Value).Distinct().Count() != 1)
        {
            return null;
        }

        return new FrequencyReading((double)list[0].Value, list[0].Vague);
    }

    [GeneratedRegex(@"^\s*(?:just\s+|only\s+)?(?:a\s+(?:little|bit)|un\s+poco|poco)\s*(?:[.!]+\s*)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ALittlePattern();
}
