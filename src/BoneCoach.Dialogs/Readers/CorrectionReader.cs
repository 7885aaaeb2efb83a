using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>Tells a correction of an earlier answer from an answer: "actually I'm 61 not 62", "I meant 150 pounds", "my T-score was -2.1 not -1.2".</summary>
public static partial class CorrectionReader
{
    /// <summary>The correction the message makes, or null when it is not one.</summary>
    /// <param name="preChecked">False finds her numbers whatever the message says: the path the tests hold the pre-check to.</param>
    public static Correction? Read(string? text, string culture, bool preChecked = true)
    {
        var slice = TextBudget.Slice(text);
        var folded = TextFold.Fold(slice);
        if (folded.Trim().Length == 0)
        {
            return null;
        }

        // Finding her numbers is the dear part of this: a message that can't be a correction without them is none.
        return !preChecked || MayCorrect(folded) ? Read(folded, MentionFinder.Find(slice, culture)) : null;
    }

    // What Read needs to find one: a "not"/"instead of" between two numbers (see NotPair's patterns: each has one of
    // these letters), a change or an "I meant".
    private static readonly string[] NotPairWords = ["no", "instead", "rather", "vez", "lugar"];

    private static bool MayCorrect(string folded) =>
        NotPairWords.Any(word => folded.Contains(word, StringComparison.Ordinal)) || ChangePattern().IsMatch(folded) || MeantPattern().IsMatch(folded);

    /// <summary>The correction in a message already read: its folded text and its mentions.</summary>
    internal static Correction? Read(string folded, IReadOnlyList<Mention> mentions)
    {
        if (folded.Trim().Length == 0)
        {
            return null;
        }

        var notPair = NotPair(folded, mentions);
        if (notPair is not null)
        {
            return notPair;
        }

        var change = ChangePattern().Match(folded);
        if (change.Success)
        {
            var subject = change.Groups["subject"].Success ? Clean(change.Groups["subject"].Value) : null;
            return new Correction(mentions.FirstOrDefault(m => m.Start >= change.Groups["to"].Index), null, subject);
        }

        var meant = MeantPattern().Match(folded);
        if (meant.Success)
        {
            var subject = MySubjectPattern().Match(folded) is { Success: true } my ? Clean(my.Groups["subject"].Value) : null;
            return new Correction(mentions.FirstOrDefault(m => m.Start >= meant.Index + meant.Length) ?? mentions.LastOrDefault(), null, subject);
        }

        return null;
    }

    // "61 not 62", "not 62, 61", "-2.1 not -1.2", "no 62 sino 61", "61 y no 62".
    private static Correction? NotPair(string folded, IReadOnlyList<Mention> mentions)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var between = folded[(mentions[i].Start + mentions[i].Length)..mentions[i + 1].Start];
            if (NotBetweenPattern().IsMatch(between))
            {
                return new Correction(mentions[i], mentions[i + 1], SubjectBefore(folded, mentions[i].Start));
            }

            var before = folded[..mentions[i].Start];
            if (NotBeforePattern().IsMatch(before) && SinoBetweenPattern().IsMatch(between))
            {
                return new Correction(mentions[i + 1], mentions[i], SubjectBefore(folded, mentions[i].Start));
            }
        }

        return null;
    }

    private static string? SubjectBefore(string folded, int start)
        => MySubjectPattern().Match(folded[..start]) is { Success: true } my ? Clean(my.Groups["subject"].Value) : null;

    private static string? Clean(string subject)
    {
        var words = subject.Trim().Trim(',', '.', ':').Trim();
        return words.Length == 0 ? null : words;
    }

    [GeneratedRegex(@"^\s*(?:[,;]\s*)?(?:and\s+)?(?:not|no|instead\s+of|rather\s+than|y\s+no|en\s+vez\s+de|en\s+lugar\s+de)\s*(?:[,;:]\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NotBetweenPattern();

    [GeneratedRegex(@"\b(?:not|no)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NotBeforePattern();

    [GeneratedRegex(@"^\s*(?:[,;]\s*)?(?:(?:but|sino|it'?s|its|es|i'?m|soy|rather|instead)\s*)?(?:[,;:]\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SinoBetweenPattern();

    [GeneratedRegex(@"\b(?:change|update|correct|fix|set|make|cambia|cambiar|corrige|corregir|pon)\s+(?:(?:my|the|mi|el|la)\s*)?(?<subject>[\p{L}\d\s\-()]{1,40}?)\s*(?<to>\bto\b|\ba\b|\bpor\b|\bshould\s+be\b|=)", RegexOptions.CultureInvariant)]
    private static partial Regex ChangePattern();

    [GeneratedRegex(@"\b(?:i\s+meant|meant\s+to\s+say|i\s+mean\b|sorry\s*(?:,\s*)?(?:it'?s|i'?m|it\s+was|that\s+should|i\s+meant)|actually\s*(?:,\s*)?(?:it'?s|i'?m|i\s+am|it\s+was|my\b|that\s+was|that'?s|make\s+that)|correction|typo|quise\s+decir|queria\s+decir|en\s+realidad\s+(?:es|son|tengo|peso|mido|era)|perdon\s*(?:,\s*)?(?:es|son|era|quise)|should\s+(?:have\s+)?(?:be|been|said))", RegexOptions.CultureInvariant)]
    private static partial Regex MeantPattern();

    [GeneratedRegex(@"\b(?:my|mi)\s+(?<subject>[\p{L}\d\-()]+(?:\s+[\p{L}\d\-()]+){0,3}?)\s+(?:is|was|should\s+be|are|were|es|era|fue)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MySubjectPattern();
}
