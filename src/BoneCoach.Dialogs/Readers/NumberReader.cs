using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>
/// Takes a number only when it is the answer: never an article ("I had one last year", "un vaso"), an ordinal, a year or a
/// clock time, nor a number with another question's unit; of several, the one the question's range or cue words point to,
/// else no value (Ambiguous). Corrections ("actually I'm 61 not 62") are reported, never taken.
/// </summary>
public static partial class NumberReader
{
    // "one", "just one", "only one fracture": a short answer that is only a count.
    private const int ShortAnswerWords = 3;

    /// <summary>What the message answers to a number question with these rules.</summary>
    public static NumberAnswer Read(string? text, string culture, NumberRules? rules = null)
    {
        rules ??= new NumberRules();
        var slice = TextBudget.Slice(text);
        if (slice.Trim().Length == 0)
        {
            return NumberAnswer.Nothing;
        }

        var folded = TextFold.Fold(slice);
        var mentions = MentionFinder.Find(slice, culture);
        if (CorrectionReader.Read(folded, mentions) is { } correction)
        {
            return new NumberAnswer(NumberAnswerKind.Correction) { Correction = correction };
        }

        var candidates = Candidates(mentions, rules);
        if (candidates.Count == 0)
        {
            return NoNumber(slice, culture, rules);
        }

        var picked = Pick(candidates, folded, rules);
        return picked is null
            ? new NumberAnswer(NumberAnswerKind.Ambiguous) { Candidates = candidates }
            : new NumberAnswer(NumberAnswerKind.Value, picked.Value) { Source = picked };
    }

    private static List<Mention> Candidates(IReadOnlyList<Mention> mentions, NumberRules rules)
    {
        var candidates = mentions.Select(m => Candidate(m, rules)).OfType<Mention>().ToList();
        if (candidates.Count == 0 && rules.UnitFallback)
        {
            // The SDK's NumberPrompt: with no plain number, a number written with a unit is the answer ("7 hours" is 7).
            candidates = mentions.Where(m => m.Kind is MentionKind.Quantity or MentionKind.Duration).ToList();
        }

        return candidates;
    }

    private static Mention? Candidate(Mention mention, NumberRules rules) => mention.Kind switch
    {
        MentionKind.Number => mention,
        MentionKind.Frequency => rules.Integer && !rules.PerDay ? mention : null,
        _ when mention.Unit is null => null,
        _ when Accepts(rules, mention.Unit) || (rules.Units.Count == 0 && mention.Unit == UnitCatalog.Percent) => mention,
        _ => null,
    };

    private static bool Accepts(NumberRules rules, MeasureUnit unit) => rules.Units.Any(u => UnitCatalog.Find(u) == unit);

    // No number: a count may be "none" or a lone "one"; otherwise she may not know.
    private static NumberAnswer NoNumber(string slice, string culture, NumberRules rules)
    {
        if (NotKnowing.Matches(slice))
        {
            return new NumberAnswer(NumberAnswerKind.Unknown);
        }

        var countsFromZero = rules.Integer && (rules.Min is null || rules.Min <= 0);
        if (countsFromZero && ZeroWords.MatchesCount(slice))
        {
            return new NumberAnswer(NumberAnswerKind.Value, 0);
        }

        if (rules.Integer && TextNormalizer.Words(slice).Length <= ShortAnswerWords)
        {
            var folded = TextFold.Fold(slice);
            var ones = MentionFinder.FindWithArticles(slice, folded, culture).Where(m => m.Kind == MentionKind.Number).ToList();
            if (ones.Count == 1 && !AmountWordPattern().IsMatch(folded[(ones[0].Start + ones[0].Length)..]))
            {
                return new NumberAnswer(NumberAnswerKind.Value, ones[0].Value) { Source = ones[0] };
            }
        }

        return NumberAnswer.Nothing;
    }

    private static Mention? Pick(List<Mention> candidates, string folded, NumberRules rules)
    {
        if (candidates.Select(c => c.Value).Distinct().Count() == 1)
        {
            return candidates[0];
        }

        return Single(candidates.Where(c => rules.InRange(c.Value)))
            ?? Single(AfterCues(candidates, folded, rules.Cues))
            ?? Single(candidates.Where(c => c.Unit is not null && Accepts(rules, c.Unit)));
    }

    private static Mention? Single(IEnumerable<Mention> mentions)
    {
        var list = mentions.ToList();
        return list.Count > 0 && list.Select(m => m.Value).Distinct().Count() == 1 ? list[0] : null;
    }

    // "HbA1c 5.6, glucose 92": the number that follows a word naming the question, within a few words.
    internal static IEnumerable<Mention> AfterCues(List<Mention> candidates, string folded, IEnumerable<string> cues)
    {
        foreach (var cue in cues.Select(c => TextFold.Fold(c).Trim()).Where(c => c.Length > 0))
        {
            // One literal between word boundaries is linear: no time-out to fire under load (see RegexLimits).
            foreach (Match match in Regex.Matches(folded, $@"\b{Regex.Escape(cue)}\b", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout))
            {
                var end = match.Index + match.Length;
                var next = candidates.FirstOrDefault(c => c.Start >= end);
                if (next is not null && CueGapPattern().IsMatch(folded[end..next.Start]))
                {
                    yield return next;
                }
            }
        }
    }

    // "un poco", "a little", "a bit", "un rato": an article before an amount word is no count.
    [GeneratedRegex(@"^\s*(?:poc[oa]|poquit[oa]|pelin|rato|momento|monton|little|bit|lot|while)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AmountWordPattern();

    [GeneratedRegex(@"^[\s:=,\-]*(?:(?:is|was|of|at|about|around|were|es|era|de|fue|maybe|probably|roughly)\s+){0,3}[\s:=,]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CueGapPattern();
}
