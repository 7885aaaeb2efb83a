using System.Globalization;
using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>A number as written: where (End is exclusive), its value, and how it was written.</summary>
internal sealed record NumberToken(int Start, int End, decimal Value)
{
    /// <summary>"one", "un", "una": as often an article or a pronoun as a count.</summary>
    public bool ArticleLike { get; init; }

    public bool Approximate { get; init; }

    /// <summary>"once", "twice", "a couple": a count, so "twice a week" is a frequency.</summary>
    public bool CountWord { get; init; }
}

/// <summary>
/// Every number in a (bounded) text: Recognizers.Text first (words, locale), then digits it misses when glued to letters
/// ("5ft6", "7h30", "2ish"), count words ("twice", "a couple"), halves joined ("7 and a half") and ranges averaged ("3 or 4").
/// Ordinals ("first", "2nd") and numbers inside dates and times ("in 2019", "2 years ago", "at 9am") are left out.
/// </summary>
internal static partial class NumberTokens
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "one", "a", "an", "un", "una", "uno" };
    private static readonly HashSet<string> FractionJoiners = new(StringComparer.Ordinal) { "and", "y", "e", "&" };
    private static readonly HashSet<string> RangeJoiners = new(StringComparer.Ordinal) { "or", "to", "-", "o", "a", "or maybe", "or so", "maybe", "u" };

    private static readonly (string Phrase, decimal Value)[] CountWords =
    [
        ("just the once", 1), ("just once", 1), ("only once", 1), ("once", 1), ("twice", 2), ("thrice", 3),
        ("a couple of", 2), ("a couple", 2), ("couple of", 2), ("a pair of", 2), ("un par de", 2),
    ];

    private static readonly Regex CountWordPattern = new(
        $@"\b(?:{string.Join("|", CountWords.Select(w => Regex.Escape(w.Phrase)))})\b", RegexOptions.CultureInvariant);

    /// <summary>The numbers in <paramref name="text"/> (already sliced), in order, not overlapping.</summary>
    public static List<NumberToken> Find(string text, string folded, string culture)
    {
        var work = Blank(text, folded);
        var tokens = Recognized(work, folded, culture);
        AddGluedDigits(tokens, folded, culture);
        AddCountWords(tokens, folded);
        tokens.Sort((a, b) => a.Start.CompareTo(b.Start));
        tokens = JoinPointWords(tokens, folded);
        tokens = JoinHalves(tokens, folded);
        tokens = JoinRanges(tokens, folded);
        return WithoutDatesAndOrdinals(tokens, work, folded, culture);
    }

    // "2ish" and "3x" hide the number from the recognizer, and "más o menos 72" (about 72) reads as minus 72:
    // blank those words (same length, so offsets hold).
    private static string Blank(string text, string folded)
    {
        var chars = text.ToCharArray();
        foreach (var group in SuffixPattern().Matches(folded).Select(m => m.Groups["suffix"]).Concat(AboutPattern().Matches(folded).Select(m => m.Groups[0])))
        {
            for (var i = group.Index; i < group.Index + group.Length; i++)
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private static List<NumberToken> Recognized(string work, string folded, string culture)
    {
        var tokens = new List<NumberToken>();
        foreach (var result in SafeRecognizers.Numbers(work, culture))
        {
            if (RecognizedNumber.Parse(result.Resolution?.GetValueOrDefault("value")) is not { } value)
            {
                continue;
            }

            var end = result.End + 1;
            var written = folded[result.Start..end].Trim();
            if (RatioPattern().IsMatch(written))
            {
                // "62 in 2019" is a fraction to the recognizer ("1 in 3"); here it is two numbers, which the digit pass finds.
                continue;
            }

            tokens.Add(new NumberToken(result.Start, end, value)
            {
                ArticleLike = Articles.Contains(written),
                Approximate = IshPattern().IsMatch(folded[end..]),
            });
        }

        return tokens;
    }

    private static void AddGluedDigits(List<NumberToken> tokens, string folded, string culture)
    {
        foreach (Match match in DigitsPattern().Matches(folded))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            if (tokens.Any(t => t.Start < end && start < t.End) || ParseDigits(match.Value, culture) is not { } value)
            {
                continue;
            }

            tokens.Add(new NumberToken(start, end, value) { Approximate = IshPattern().IsMatch(folded[end..]) });
        }
    }

    private static void AddCountWords(List<NumberToken> tokens, string folded)
    {
        foreach (Match match in CountWordPattern.Matches(folded))
        {
            var end = match.Index + match.Length;
            // "un par de": the recognizer's "un" inside it is the article, not a number of its own.
            tokens.RemoveAll(t => t.ArticleLike && t.Start >= match.Index && t.End <= end);
            if (tokens.Any(t => t.Start < end && match.Index < t.End))
            {
                continue;
            }

            tokens.Add(new NumberToken(match.Index, end, CountWords.First(w => w.Phrase == match.Value).Value) { CountWord = true });
        }
    }

    // "1,58" is a decimal comma; "1,200" groups thousands in English.
    private static decimal? ParseDigits(string digits, string culture)
    {
        var text = digits;
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            var groupsThousands = PromptCulture.Language(culture) != "es" && text.Length - comma - 1 == 3;
            text = groupsThousands ? text.Replace(",", string.Empty, StringComparison.Ordinal) : text.Replace(',', '.');
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    // "menos dos punto cinco": the Spanish recognizer reads "dos" and "cinco" apart ("dos coma cinco" it joins itself).
    private static List<NumberToken> JoinPointWords(List<NumberToken> tokens, string folded)
    {
        var joined = new List<NumberToken>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            if (next is not null && token.Value == decimal.Truncate(token.Value) && next.Value >= 0 && next.Value == decimal.Truncate(next.Value)
                && !token.ArticleLike && !next.ArticleLike && Between(folded, token, next) == "punto")
            {
                var fraction = next.Value / (decimal)Math.Pow(10, next.Value.ToString(CultureInfo.InvariantCulture).Length);
                token = token with { End = next.End, Value = token.Value < 0 ? token.Value - fraction : token.Value + fraction };
                i++;
            }

            joined.Add(token);
        }

        return joined;
    }

    // "7 and a half" is 7 and 0.5 to the recognizer.
    private static List<NumberToken> JoinHalves(List<NumberToken> tokens, string folded)
    {
        var joined = new List<NumberToken>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (i + 1 < tokens.Count && tokens[i + 1].Value is > 0 and < 1 && token.Value == decimal.Truncate(token.Value)
                && FractionJoiners.Contains(Between(folded, token, tokens[i + 1])))
            {
                token = token with { End = tokens[i + 1].End, Value = token.Value + tokens[i + 1].Value };
                i++;
            }

            joined.Add(token);
        }

        return joined;
    }

    // "3 or 4", "2-3", "between 3 and 4": the middle, marked approximate.
    private static List<NumberToken> JoinRanges(List<NumberToken> tokens, string folded)
    {
        var joined = new List<NumberToken>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (i + 1 < tokens.Count && IsRange(folded, token, tokens[i + 1], out var second))
            {
                token = token with { End = tokens[i + 1].End, Value = (token.Value + second) / 2, Approximate = true, ArticleLike = false };
                i++;
            }

            joined.Add(token);
        }

        return joined;
    }

    private static bool IsRange(string folded, NumberToken first, NumberToken next, out decimal second)
    {
        second = next.Value;
        var between = Between(folded, first, next);

        // "2-3" reaches us as 2 and -3.
        if (between.Length == 0 && next.Value < 0 && first.Value >= 0 && folded[next.Start] == '-')
        {
            second = -next.Value;
            return second > first.Value;
        }

        var isBetween = (between is "and" or "y") && BetweenWordPattern().IsMatch(folded[..first.Start]);
        return (RangeJoiners.Contains(between) || isBetween) && first.Value >= 0 && next.Value > first.Value && !first.ArticleLike;
    }

    private static List<NumberToken> WithoutDatesAndOrdinals(List<NumberToken> tokens, string work, string folded, string culture)
    {
        if (tokens.Count == 0)
        {
            // Dates and ordinals only take numbers out: with none, the two dearest recognizers have nothing to do.
            return tokens;
        }

        var ordinals = SafeRecognizers.Ordinals(work, culture)
            .Where(o => !string.Equals(o.TypeName, "ordinal.relative", StringComparison.Ordinal) && !IsStones(o.Text))
            .Select(o => (o.Start, End: o.End + 1))
            .ToList();
        var dates = SafeRecognizers.DateTimes(work, culture)
            .Where(d => IsPointInTime(d.TypeName, folded[d.Start..(d.End + 1)], folded[..d.Start]) && !MeasuredAfter(folded, d.End + 1))
            .Select(d => (d.Start, End: d.End + 1))
            .ToList();

        return tokens
            .Where(t => !InsideWord(folded, t.Start))
            .Where(t => !ordinals.Any(o => Overlaps(t, o)))
            .Where(t => !dates.Any(d => Overlaps(t, d)))
            .Where(t => !LooksLikeYear(t, folded))
            .ToList();
    }

    // "11st" is 11 stone, not an ordinal the recognizer forgives: its ordinal would be "11th" (only 1, 21, 31 ... take "st").
    private static bool IsStones(string? written) =>
        written is { Length: > 2 } && written.EndsWith("st", StringComparison.OrdinalIgnoreCase) && int.TryParse(written[..^2], out var n)
        && (n % 10 != 1 || n % 100 == 11);

    // Durations ("2 years") and sets ("every day") carry answers; dates and times ("in 2019", "at 9am", "2 years ago") do not.
    private static bool IsPointInTime(string? typeName, string written, string before)
    {
        if (typeName is null || typeName.EndsWith(".duration", StringComparison.Ordinal) || typeName.EndsWith(".set", StringComparison.Ordinal))
        {
            return false;
        }

        // "7h30" is how long she slept, not a clock time; a bare "5.6" is not a date either.
        var halfAnHour = HalfPastPattern().IsMatch(written) && !ClockBeforePattern().IsMatch(before);
        return !HoursMinutesPattern().IsMatch(written) && !halfAnHour && written.Any(c => char.IsLetter(c) || c is ':' or '/');
    }

    // "around 11 stone", "around 11 and a half stone": a clock time to the recognizer, but a unit of measure follows it.
    private static bool MeasuredAfter(string folded, int end) =>
        end <= folded.Length && UnitCatalog.ReadLeading(AndAHalfPattern().Replace(folded[end..], string.Empty, 1)) is { Unit.Dimension: not Dimension.Duration };

    [GeneratedRegex(@"^\s*(?:and\s+a\s+half|y\s+media|y\s+medio)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AndAHalfPattern();

    // "HbA1c", "B12", "COVID-19": a digit glued to a word is part of a name. After a unit it is a number again ("5ft6", "7h30").
    private static bool InsideWord(string folded, int start)
    {
        var i = start;
        while (i > 0 && (char.IsLetter(folded[i - 1]) || folded[i - 1] is '\'' or '"'))
        {
            i--;
        }

        if (i == start)
        {
            return start > 1 && folded[start - 1] == '-' && char.IsLetter(folded[start - 2]);
        }

        return i == 0 || !char.IsDigit(folded[i - 1]) && !(folded[i - 1] == ' ' && i > 1 && char.IsDigit(folded[i - 2]));
    }

    // A bare four-digit number between 1900 and 2100 is a year ("since 1998").
    private static bool LooksLikeYear(NumberToken token, string folded)
        => token.Value is >= 1900 and <= 2100 && token.Value == decimal.Truncate(token.Value)
            && folded[token.Start..token.End].Trim().Length == 4
            && UnitCatalog.ReadLeading(folded[token.End..]) is null;

    private static bool Overlaps(NumberToken token, (int Start, int End) span) => token.Start < span.End && span.Start < token.End;

    private static string Between(string folded, NumberToken first, NumberToken next)
        => next.Start >= first.End ? string.Join(' ', folded[first.End..next.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(',') : "?";

    [GeneratedRegex(@"(?<=\d)\s*(?<suffix>-?ish|x)\b", RegexOptions.CultureInvariant, RegexLimits.None)]
    private static partial Regex SuffixPattern();

    [GeneratedRegex(@"\d\s+(?:in|out\s+of|over|de|sobre)\s+\d", RegexOptions.CultureInvariant)]
    private static partial Regex RatioPattern();

    [GeneratedRegex(@"^\s*-?ish\b", RegexOptions.CultureInvariant)]
    private static partial Regex IshPattern();

    [GeneratedRegex(@"(?<![\d.,])-?\d+(?:[.,]\d+)?", RegexOptions.CultureInvariant, RegexLimits.None)]
    private static partial Regex DigitsPattern();

    [GeneratedRegex(@"\b(?:between|entre)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BetweenWordPattern();

    [GeneratedRegex(@"^\s*\d{1,2}\s*h\s*\d{1,2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex HoursMinutesPattern();

    // "6 y media" without "a las" is six and a half (hours of sleep), not half past six.
    [GeneratedRegex(@"^\s*\d{1,2}\s+y\s+medi[ao]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex HalfPastPattern();

    [GeneratedRegex(@"\b(?:las|la|desde|hasta)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockBeforePattern();

    [GeneratedRegex(@"\bmas\s+o\s+menos\b", RegexOptions.CultureInvariant)]
    private static partial Regex AboutPattern();
}
