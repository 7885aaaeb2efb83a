using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>
/// Finds every number, quantity, duration and frequency in a message ("62, 60 kg, 165 cm";
/// "prednisolone, 5 mg a day, been on it about 2 years"), on Recognizers.Text with its gaps filled:
/// feet and inches and stones and pounds in every spelling, "7h30", lab units, "an inch", "twice a week".
/// Only the first <see cref="TextBudget.MaxChars"/> characters are read. Never throws.
/// </summary>
public static partial class MentionFinder
{
    private const decimal InchesPerFoot = 12m;
    private const decimal PoundsPerStone = 14m;
    private const decimal MinutesPerHour = 60m;
    private const decimal CentimetersPerMeter = 100m;
    private const decimal DaysPerWeek = 7m;
    private const decimal WeeksPerMonth = 52m / 12m;
    private const decimal WeeksPerYear = 52m;

    // Units whose next number, without a unit of its own, is the smaller part: "5 ft 6", "9 stone 3", "7h30".
    private static readonly Dictionary<string, (MeasureUnit Part, decimal PartsPerWhole, MeasureUnit Result)> Composites = new(StringComparer.Ordinal)
    {
        ["ft"] = (UnitCatalog.Inch, InchesPerFoot, UnitCatalog.Inch),
        ["st"] = (UnitCatalog.Pound, PoundsPerStone, UnitCatalog.Pound),
        ["h"] = (UnitCatalog.Minute, MinutesPerHour, UnitCatalog.Hour),

        // "1 metro 60", "un metro sesenta": how heights are said in Spanish.
        ["m"] = (UnitCatalog.Centimeter, CentimetersPerMeter, UnitCatalog.Centimeter),
    };

    /// <summary>Every value in the message, in order; numbers that are articles, ordinals, years or clock times are not values.</summary>
    public static IReadOnlyList<Mention> Find(string? text, string culture)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        // The correction check, the open question and the facts for other questions each look for the numbers in the
        // same message: it is read once a turn.
        var recent = t_recent ??= new RecentResults<(string, string), IReadOnlyList<Mention>>();
        if (recent.Find((text, culture)) is { } known)
        {
            return known;
        }

        var slice = TextBudget.Slice(text);
        var mentions = slice.Length == 0 ? [] : FromTokens(slice, TextFold.Fold(slice), culture);
        recent.Add((text, culture), mentions);
        return mentions;
    }

    [ThreadStatic]
    private static RecentResults<(string, string), IReadOnlyList<Mention>>? t_recent;

    private static List<Mention> FromTokens(string slice, string folded, string culture) =>
        FromTokens(slice, folded, NumberTokens.Find(slice, folded, culture), includeArticles: false);

    /// <summary>Like <see cref="Find"/>, but an article-like "one"/"un"/"una" is kept as the number 1 (for a short answer to "how many?").</summary>
    internal static IReadOnlyList<Mention> FindWithArticles(string slice, string folded, string culture)
        => FromTokens(slice, folded, NumberTokens.Find(slice, folded, culture), includeArticles: true);

    private static List<Mention> FromTokens(string slice, string folded, List<NumberToken> tokens, bool includeArticles)
    {
        var mentions = new List<Mention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.ArticleLike && !includeArticles && !CountsSomething(folded[token.End..]))
            {
                continue;
            }

            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            var (mention, usedNext) = Read(slice, folded, token, next);
            mentions.Add(mention);
            i += usedNext ? 1 : 0;
        }

        mentions.AddRange(ArticleUnits(slice, folded));
        mentions.AddRange(FrequencyWords.Find(slice, folded));
        return JoinArticleWholes(slice, folded, NonOverlapping(mentions));
    }

    // "una vez al mes", "one time", "one inch": an article-like word that is clearly counting.
    private static bool CountsSomething(string after)
        => ReadUnit(after) is not null || FrequencyAfter(after) is not null || OneTimePattern().IsMatch(after);

    // "62 in 2019" is not 62 inches: "in" is an inch only when no number or date word follows it.
    private static (MeasureUnit Unit, int Length)? ReadUnit(string after)
    {
        var unit = UnitCatalog.ReadLeading(after);
        if (unit is { Unit.Symbol: "in" } && InAsPrepositionPattern().IsMatch(after[unit.Value.Length..]))
        {
            return null;
        }

        return unit;
    }

    private static (Mention Mention, bool UsedNext) Read(string slice, string folded, NumberToken token, NumberToken? next)
    {
        var after = folded[token.End..];
        if (FrequencyAfter(after, token.CountWord) is { } frequency)
        {
            return (Make(slice, MentionKind.Frequency, PerWeek(token.Value, frequency.Period), null, token.Start, token.End + frequency.Length, token.Approximate), false);
        }

        if (EveryNUnits(folded, token) is { } every)
        {
            return (every, false);
        }

        if (ReadUnit(after) is not { } unit)
        {
            // "once", "3 times", "una vez": a number of times.
            var times = (token.CountWord && TimesPattern().IsMatch(folded[token.Start..token.End])) || OneTimePattern().IsMatch(after);
            return (Make(slice, MentionKind.Number, token.Value, null, token.Start, token.End, token.Approximate) with { Times = times }, false);
        }

        var end = token.End + unit.Length;
        if (Composites.TryGetValue(unit.Unit.Symbol, out var composite) && next is not null && Composite(folded, end, next, composite) is { } partEnd)
        {
            var value = (token.Value * composite.PartsPerWhole) + next.Value;
            var total = composite.Result == UnitCatalog.Hour ? value / MinutesPerHour : value;
            return (Make(slice, KindOf(composite.Result), total, composite.Result, token.Start, partEnd, token.Approximate), true);
        }

        if (IsAge(folded, token, unit.Unit, end) is { } ageEnd)
        {
            return (Make(slice, MentionKind.Number, token.Value, null, token.Start, ageEnd, token.Approximate) with { StatesAge = true }, false);
        }

        var half = TrailingHalfPattern().Match(folded[end..]);
        var amount = token.Value + (half.Success ? 0.5m : 0m);
        end += half.Success ? half.Length : 0;
        var per = PeriodAfter(folded[end..]);
        var mention = Make(slice, KindOf(unit.Unit), amount, unit.Unit, token.Start, end + per.Length, token.Approximate) with { Per = per.Period };
        return (mention, false);
    }

    // "5 ft 6", "5'6\"", "9st 3lb", "7h30": the part follows within a few characters and is smaller than one whole.
    private static int? Composite(string folded, int unitEnd, NumberToken next, (MeasureUnit Part, decimal PartsPerWhole, MeasureUnit Result) composite)
    {
        if (next.Start < unitEnd || !CompositeGapPattern().IsMatch(folded[unitEnd..next.Start]) || next.Value < 0 || next.Value is > 0 and < 1 || next.Value >= composite.PartsPerWhole)
        {
            return null;
        }

        var partUnit = ReadUnit(folded[next.End..]);
        if (partUnit is null)
        {
            return next.End;
        }

        return partUnit.Value.Unit == composite.Part ? next.End + partUnit.Value.Length : null;
    }

    // "I'm 62 years old", "tengo 62 años": an age is a plain number, not a duration.
    private static int? IsAge(string folded, NumberToken token, MeasureUnit unit, int unitEnd)
    {
        if (unit != UnitCatalog.Year)
        {
            return null;
        }

        var old = AgeAfterPattern().Match(folded[unitEnd..]);
        if (old.Success)
        {
            return unitEnd + old.Length;
        }

        return AgeBeforePattern().IsMatch(folded[..token.Start]) ? unitEnd : null;
    }

    // "un metro sesenta", "an hour 20": a whole written with an article, then its part as a plain number.
    private static List<Mention> JoinArticleWholes(string slice, string folded, List<Mention> mentions)
    {
        var joined = new List<Mention>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var whole = mentions[i];
            var part = i + 1 < mentions.Count ? mentions[i + 1] : null;
            if (whole is { Value: 1m, Unit: { } unit } && part is { Kind: MentionKind.Number } && Composites.TryGetValue(unit.Symbol, out var composite)
                && part.Value is >= 1 && part.Value < composite.PartsPerWhole && part.Value == decimal.Truncate(part.Value)
                && CompositeGapPattern().IsMatch(folded[(whole.Start + whole.Length)..part.Start]))
            {
                var value = composite.PartsPerWhole + part.Value;
                var total = composite.Result == UnitCatalog.Hour ? value / MinutesPerHour : value;
                joined.Add(Make(slice, KindOf(composite.Result), total, composite.Result, whole.Start, part.Start + part.Length, whole.Approximate));
                i++;
                continue;
            }

            joined.Add(whole);
        }

        return joined;
    }

    // "an inch", "about a kilo", "half an hour", "an hour and a half", "for a year".
    private static IEnumerable<Mention> ArticleUnits(string slice, string folded)
    {
        foreach (Match match in ArticleUnitPattern().Matches(folded))
        {
            // A unit word alone ("last year") is no amount; without an article only "año y medio" / "hour and a half" is.
            if (UnitCatalog.Find(match.Groups["unit"].Value) is not { } unit || !(match.Groups["article"].Success || match.Groups["andhalf"].Success))
            {
                continue;
            }

            var isCalendar = unit.Dimension == Dimension.Duration && unit.BaseFactor >= UnitCatalog.Day.BaseFactor;
            if (isCalendar && !match.Groups["lead"].Success && !match.Groups["andhalf"].Success)
            {
                // "5 mg a day" is a rate; only "for a year", "about a month", "año y medio" are lengths of time.
                continue;
            }

            var half = match.Groups["half"].Success || match.Groups["article"].Value is "medio" or "media";
            var value = half ? 0.5m : match.Groups["andhalf"].Success ? 1.5m : 1m;
            var start = match.Groups["core"].Index;
            var end = match.Index + match.Length;
            var per = PeriodAfter(folded[end..]);
            yield return Make(slice, KindOf(unit), value, unit, start, end + per.Length, approximate: false) with { Per = per.Period };
        }
    }

    private static (RatePeriod Period, int Length)? FrequencyAfter(string after, bool countWord = false)
    {
        var match = countWord ? PerPeriodPattern().Match(after) : TimesPerPattern().Match(after);
        return match.Success ? (Period(match.Groups["period"].Value), match.Length) : null;
    }

    // "every 2 days" is 3.5 a week; "every 3 weeks" a third.
    private static Mention? EveryNUnits(string folded, NumberToken token)
    {
        if (!EveryBeforePattern().IsMatch(folded[..token.Start]) || token.Value <= 0)
        {
            return null;
        }

        var unit = EveryUnitPattern().Match(folded[token.End..]);
        if (!unit.Success)
        {
            return null;
        }

        var perWeek = PerWeek(1, Period(unit.Groups["period"].Value)) / token.Value;
        var start = EveryBeforePattern().Match(folded[..token.Start]).Index;
        return new Mention(MentionKind.Frequency, Math.Round(perWeek, 2), null, start, token.End + unit.Length - start, folded[start..(token.End + unit.Length)]);
    }

    private static (RatePeriod Period, int Length) PeriodAfter(string after)
    {
        var match = PerPeriodPattern().Match(after);
        return match.Success ? (Period(match.Groups["period"].Value), match.Length) : (RatePeriod.None, 0);
    }

    internal static RatePeriod Period(string word) => word switch
    {
        "day" or "dia" or "daily" or "diario" or "diarios" or "diaria" or "night" or "noche" => RatePeriod.Day,
        "week" or "semana" or "weekly" or "semanal" => RatePeriod.Week,
        "month" or "mes" or "monthly" or "mensual" => RatePeriod.Month,
        "year" or "ano" or "yearly" or "anual" => RatePeriod.Year,
        _ => RatePeriod.None,
    };

    internal static decimal PerWeek(decimal count, RatePeriod period) => Math.Round(period switch
    {
        RatePeriod.Day => count * DaysPerWeek,
        RatePeriod.Month => count / WeeksPerMonth,
        RatePeriod.Year => count / WeeksPerYear,
        _ => count,
    }, 2);

    private static MentionKind KindOf(MeasureUnit unit) => unit.Dimension == Dimension.Duration ? MentionKind.Duration : MentionKind.Quantity;

    internal static Mention Make(string slice, MentionKind kind, decimal value, MeasureUnit? unit, int start, int end, bool approximate)
    {
        end = Math.Min(end, slice.Length);
        var text = slice[start..end].TrimEnd();
        return new Mention(kind, value, unit, start, text.Length, text) { Approximate = approximate };
    }

    // Earlier first; of two that overlap, the longer ("5 mg a day" over "a day").
    private static List<Mention> NonOverlapping(List<Mention> mentions)
    {
        var kept = new List<Mention>();
        foreach (var mention in mentions.OrderByDescending(m => m.Length).ThenBy(m => m.Start))
        {
            if (!kept.Any(k => mention.Start < k.Start + k.Length && k.Start < mention.Start + mention.Length))
            {
                kept.Add(mention);
            }
        }

        return kept.OrderBy(m => m.Start).ToList();
    }

    private const string PeriodWords = "day|week|month|year|night|dia|semana|mes|ano|noche";

    [GeneratedRegex(@"^\s*(?:times?|x|veces|vez|days?|dias?|nights?|noches?|sessions?|sesiones|classes|clases|walks|workouts)\s*(?:a|an|per|each|every|/|in\s+a|por|a\s+la|al|cada|en\s+la|en\s+el)\s*(?<period>" + PeriodWords + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimesPerPattern();

    [GeneratedRegex(@"^\s*(?:a|an|per|each|every|/|por|a\s+la|al|cada)\s*(?<period>" + PeriodWords + @")\b|^\s*(?<period>daily|weekly|monthly|diarios?|diaria)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PerPeriodPattern();

    [GeneratedRegex(@"\b(?:every|each|cada)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EveryBeforePattern();

    [GeneratedRegex(@"^\s*(?<period>day|week|month|year|dia|semana|mes|ano)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex EveryUnitPattern();

    [GeneratedRegex(@"^\s*(?:times?|vez|veces)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OneTimePattern();

    [GeneratedRegex(@"^\s+(?:\d|(?:the|a|an|my|his|her|our|their|this|that|last|next|total|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|spring|summer|autumn|fall|winter)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex InAsPrepositionPattern();

    [GeneratedRegex(@"^\.?\s*(?:[,;]\s*)?(?:and\s+|y\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CompositeGapPattern();

    [GeneratedRegex(@"^\s*(?:old|of\s+age|de\s+edad)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AgeAfterPattern();

    [GeneratedRegex(@"\b(?:i'?m|i\s+am|im|aged?|tengo|cumpli|cumplo)\s*(?:(?:about|around|nearly|almost|just|unos|casi)\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AgeBeforePattern();

    [GeneratedRegex(@"^\s*(?:y|and)\s+(?:media|medio|a\s+half)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingHalfPattern();

    [GeneratedRegex(@"(?<lead>\b(?:for|about|around|almost|nearly|over|roughly|approximately|just\s+over|just\s+under|durante|casi|unos?)\s+)?(?<core>\b(?:(?<half>half\s+)?(?<article>an?|one|un|una|medio|media)\s+)?(?<unit>inch|centimetre|centimeter|cm|metre|meter|metro|kilo|kilogram|pound|stone|hour|minute|year|month|week|day|pulgada|centimetro|hora|ano|mes|semana|dia)\b(?<andhalf>\s+(?:and\s+a\s+half|y\s+media|y\s+medio))?)", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleUnitPattern();

    [GeneratedRegex(@"\b(?:once|twice|thrice)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimesPattern();
}
