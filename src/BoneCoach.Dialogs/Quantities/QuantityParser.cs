using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace BoneCoach.Dialogs;

/// <summary>Reads "140 pounds", "5'4\"", "25 ng/ml", "7 and a half hours": Recognizers first, then our own rules for what they miss.</summary>
public static partial class QuantityParser
{
    private const decimal InchesPerFoot = 12m;
    private static readonly HashSet<string> Joiners = new(System.StringComparer.OrdinalIgnoreCase) { "and", "y", "e" };

    /// <summary>The first quantity in <paramref name="text"/>, with or without a unit; null when there is no number.</summary>
    public static QuantityReading? Read(string? text, string culture)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return FeetAndInches(text) ?? RecognizedDimension(text, culture) ?? NumberThenUnit(text, culture);
    }

    // "5 ft 4", "5'4\"": the recognizer keeps only "5 ft" or "4 inches" of these.
    private static QuantityReading? FeetAndInches(string text)
    {
        var match = FeetInchesPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var feet = RecognizedNumber.Parse(match.Groups["ft"].Value);
        var inches = RecognizedNumber.Parse(match.Groups["in"].Value);
        return feet is null || inches is null ? null : new QuantityReading((feet.Value * InchesPerFoot) + inches.Value, UnitCatalog.Inch);
    }

    private static QuantityReading? RecognizedDimension(string text, string culture)
    {
        foreach (var result in NumberWithUnitRecognizer.RecognizeDimension(text, culture))
        {
            var unit = UnitCatalog.FromRecognizer(result.Resolution?.GetValueOrDefault("unit") as string);
            var value = RecognizedNumber.Parse(result.Resolution?.GetValueOrDefault("value"));
            if (unit is not null && value is not null)
            {
                return new QuantityReading(value.Value, unit);
            }
        }

        return null;
    }

    // Numbers come from the recognizer (words, locale); the unit after them from our catalogue ("ng/ml", "IU", "hours").
    private static QuantityReading? NumberThenUnit(string text, string culture)
    {
        var numbers = Numbers(text, culture);
        foreach (var (value, end) in numbers)
        {
            if (UnitCatalog.ReadLeading(text[end..]) is { } unit)
            {
                var rest = text[(end + unit.Length)..];
                return new QuantityReading(value + TrailingHalf(rest), unit.Unit);
            }
        }

        return numbers.Count > 0 ? new QuantityReading(numbers[0].Value, null) : null;
    }

    // "7 and a half" is two numbers to the recognizer (7, 0.5): join a fraction to the number before it.
    private static List<(decimal Value, int End)> Numbers(string text, string culture)
    {
        var found = NumberRecognizer.RecognizeNumber(text, culture)
            .Select(r => (Value: RecognizedNumber.Parse(r.Resolution?.GetValueOrDefault("value")), r.Start, End: r.End + 1, Subtype: r.Resolution?.GetValueOrDefault("subtype") as string))
            .Where(r => r.Value is not null)
            .ToList();

        var numbers = new List<(decimal Value, int End)>();
        for (var i = 0; i < found.Count; i++)
        {
            var (value, _, end, _) = found[i];
            if (i + 1 < found.Count && found[i + 1].Subtype == "fraction" && Joiners.Contains(text[end..found[i + 1].Start].Trim()))
            {
                value += found[i + 1].Value;
                end = found[++i].End;
            }

            numbers.Add((value!.Value, end));
        }

        return numbers;
    }

    // Spanish puts the half after the unit: "7 horas y media".
    private static decimal TrailingHalf(string rest) => TrailingHalfPattern().IsMatch(rest) ? 0.5m : 0m;

    [GeneratedRegex(@"(?<ft>\d+(?:[.,]\d+)?)\s*(?:'|’|′|ft\.?|feet|foot|pies?)\s*(?<in>\d+(?:[.,]\d+)?)\s*(?:""|”|″|''|in\b\.?|inch(?:es)?|pulgadas?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FeetInchesPattern();

    [GeneratedRegex(@"^\s*(?:y|and)\s+(?:media|medio|a\s+half)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TrailingHalfPattern();
}
