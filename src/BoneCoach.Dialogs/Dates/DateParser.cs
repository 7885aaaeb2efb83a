using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text.DateTime;

namespace BoneCoach.Dialogs;

/// <summary>Reads "8 years ago", "in 2019", "last March", "2 weeks" against a reference date; expands abbreviations the recognizer misses.</summary>
public static class DateParser
{
    private static readonly (Regex Pattern, string Replacement)[] Abbreviations =
    [
        (new Regex(@"\byrs?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), "years"),
        (new Regex(@"\bmos?\b|\bmths?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), "months"),
        (new Regex(@"\bwks?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), "weeks"),
        (new Regex(@"\bdys?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), "days"),
    ];

    // "around 6 years ago", "6 or so years ago", "hace alrededor de 6 años": the recognizer reads a hedged time as a range
    // with no start, or not at all; a rough answer is still her answer, so the hedge goes and the time is read again.
    private static readonly Regex Hedges = new(
        @"\b(?:around|roughly|approximately|approx\.?|alrededor\s+de|aproximadamente)\s+|\s+or\s+so\b|(?<=\d)\s*-?ish\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>The first answer of an accepted kind, or null.</summary>
    public static DateAnswer? Read(string? text, string culture, DateTime reference, DateAnswerKind accept = DateAnswerKind.Any, bool preferPast = true)
    {
        text = TextBudget.Slice(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var expanded = ExpandAbbreviations(text);
        var plain = Hedges.Replace(expanded, " ");
        return Recognize(text, culture, reference, accept, preferPast)
            ?? (expanded == text ? null : Recognize(expanded, culture, reference, accept, preferPast))
            ?? (plain == expanded ? null : Recognize(plain, culture, reference, accept, preferPast));
    }

    /// <summary>"3 yrs ago" becomes "3 years ago".</summary>
    public static string ExpandAbbreviations(string text)
        => Abbreviations.Aggregate(text, (current, rule) => rule.Pattern.Replace(current, rule.Replacement));

    private static DateAnswer? Recognize(string text, string culture, DateTime reference, DateAnswerKind accept, bool preferPast)
    {
        foreach (var result in SafeRecognizers.DateTimes(text, culture, reference))
        {
            if (result.Resolution?.GetValueOrDefault("values") is not IEnumerable<Dictionary<string, string>> values)
            {
                continue;
            }

            var answer = Pick(values.Select(ToAnswer).OfType<DateAnswer>().Where(a => accept.HasFlag(a.Kind)).ToList(), reference, preferPast);
            if (answer is not null)
            {
                return answer;
            }
        }

        return null;
    }

    // "March" resolves to last March and next March; a coaching question about the past wants the first.
    private static DateAnswer? Pick(List<DateAnswer> answers, DateTime reference, bool preferPast)
    {
        var today = DateOnly.FromDateTime(reference);
        return preferPast
            ? answers.LastOrDefault(a => a.Start is null || a.Start <= today) ?? answers.FirstOrDefault()
            : answers.FirstOrDefault(a => a.Start is null || a.Start >= today) ?? answers.FirstOrDefault();
    }

    private static DateAnswer? ToAnswer(Dictionary<string, string> value)
    {
        var timex = value.GetValueOrDefault("timex") ?? string.Empty;
        return value.GetValueOrDefault("type") switch
        {
            "date" or "datetime" => Day(value.GetValueOrDefault("value")) is { } day ? new DateAnswer(DateAnswerKind.Date, day, null, null, timex) : null,
            "daterange" => Day(value.GetValueOrDefault("start")) is { } start
                ? new DateAnswer(DateAnswerKind.Range, start, Day(value.GetValueOrDefault("end")), null, timex)
                : null,
            "duration" => double.TryParse(value.GetValueOrDefault("value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                ? new DateAnswer(DateAnswerKind.Duration, null, null, TimeSpan.FromSeconds(seconds), timex)
                : null,
            _ => null,
        };
    }

    // Resolutions are "yyyy-MM-dd" or "yyyy-MM-dd HH:mm:ss"; only the day matters here.
    private static DateOnly? Day(string? text)
        => text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
