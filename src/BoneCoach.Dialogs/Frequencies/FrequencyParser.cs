using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text.Number;

namespace BoneCoach.Dialogs;

/// <summary>Reads how often something happens as times per week: "twice a week", "every day", "most days", "none".</summary>
public static partial class FrequencyParser
{
    private const double DaysPerWeek = 7;
    private const double WeeksPerMonth = 52.0 / 12.0;
    private const double WeeksPerYear = 52;

    // Whole answers that mean zero; "no" counts only on its own.
    private static readonly HashSet<string> Zero = new(StringComparer.Ordinal)
    {
        "no", "0", "zero", "none", "never", "not at all", "nada", "nunca", "ninguna", "ninguno", "ninguna vez", "cero", "i dont", "i don t",
    };

    // Checked in order, so "almost every day" is caught before "every day".
    private static readonly (string Phrase, double PerWeek)[] Phrases =
    [
        ("almost every day", 5), ("nearly every day", 5), ("most days", 5), ("casi todos los dias", 5), ("la mayoria de los dias", 5),
        ("every other day", 3.5), ("cada dos dias", 3.5), ("dia por medio", 3.5), ("un dia si y otro no", 3.5),
        ("every weekday", 5), ("weekdays", 5), ("entre semana", 5),
        ("weekends", 2), ("every weekend", 2), ("fines de semana", 2),
        ("every day", 7), ("everyday", 7), ("each day", 7), ("daily", 7), ("todos los dias", 7), ("a diario", 7), ("cada dia", 7),
        ("never", 0), ("nunca", 0),
    ];

    private static readonly (string Word, double Count)[] CountWords = [("once", 1), ("twice", 2), ("thrice", 3), ("una vez", 1)];

    private static readonly (string[] Words, double Weeks)[] Periods =
    [
        (["day", "dia", "diario", "diaria"], 1 / DaysPerWeek),
        (["month", "monthly", "mes", "mensual"], WeeksPerMonth),
        (["year", "yearly", "ano", "anual"], WeeksPerYear),
    ];

    private static readonly string[] Joiners = ["-", "–", "to", "or", "o", "a"];

    /// <summary>Times per week, or null when the answer holds no frequency.</summary>
    public static double? Read(string? text, string culture)
    {
        // "3x a week": the recognizer does not see a number glued to an x.
        text = text is null ? null : TimesShorthand().Replace(text, "$1 times");
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (Zero.Contains(normalized))
        {
            return 0;
        }

        foreach (var (phrase, perWeek) in Phrases)
        {
            if (ContainsPhrase(normalized, phrase))
            {
                return perWeek;
            }
        }

        var count = CountIn(text!, normalized, culture);
        return count is null ? null : Math.Round(count.Value / PeriodInWeeks(normalized), 2);
    }

    private static double? CountIn(string text, string normalized, string culture)
    {
        foreach (var (word, value) in CountWords)
        {
            if (ContainsPhrase(normalized, word))
            {
                return value;
            }
        }

        var numbers = NumberRecognizer.RecognizeNumber(text, culture)
            .Select(r => (Value: RecognizedNumber.Parse(r.Resolution?.GetValueOrDefault("value")), r.Start, End: r.End + 1))
            .Where(r => r.Value is not null)
            .ToList();
        if (numbers.Count == 0)
        {
            return null;
        }

        // "2-3 times", "two or three times": the middle of the range.
        var first = (double)numbers[0].Value!.Value;
        if (numbers.Count > 1 && Joiners.Contains(text[numbers[0].End..numbers[1].Start].Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return (first + Math.Abs((double)numbers[1].Value!.Value)) / 2;
        }

        return first;
    }

    // The question asks per week, so an answer without a period ("3 times") is per week.
    private static double PeriodInWeeks(string normalized)
    {
        foreach (var (words, weeks) in Periods)
        {
            if (words.Any(w => ContainsPhrase(normalized, w)))
            {
                return weeks;
            }
        }

        return 1;
    }

    private static bool ContainsPhrase(string normalized, string phrase)
        => $" {normalized} ".Contains($" {phrase} ", StringComparison.Ordinal);

    [GeneratedRegex(@"(\d)\s*x\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TimesShorthand();
}
