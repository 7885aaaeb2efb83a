using System.Text.RegularExpressions;

namespace BoneCoachBot.Safety;

/// <summary>When a sign in a sentence happens, by the time words nearest to it.</summary>
public enum SignTime
{
    Unstated,
    Now,
    Recent,
    LongAgo,
}

/// <summary>One sentence's time words, habit words and hypothetical framing, found once for all its signs.</summary>
internal sealed class SentenceContext
{
    private readonly List<(Match Cue, SignTime Time)> _timeCues;

    public SentenceContext(string sentence, TriagePatterns patterns)
    {
        Sentence = sentence;
        _timeCues =
        [
            .. Cues(patterns.Present, SignTime.Now),
            .. Cues(patterns.RecentPast, SignTime.Recent),
            .. Cues(patterns.DistantPast, SignTime.LongAgo),
        ];
        IsHabitual = patterns.Habitual.IsMatch(sentence);
        IsHypothetical = patterns.Hypothetical.IsMatch(sentence);
    }

    public string Sentence { get; }

    public bool IsHabitual { get; }

    public bool IsHypothetical { get; }

    /// <summary>The time of the cue closest to the sign; a cue inside the sign itself ("I just fell") counts as closest.</summary>
    public SignTime TimeOf(Match sign) =>
        _timeCues.Count == 0
            ? SignTime.Unstated
            : _timeCues.MinBy(cue => Distance(cue.Cue, sign)).Time;

    private static int Distance(Match a, Match b) =>
        Math.Max(0, Math.Max(a.Index - (b.Index + b.Length), b.Index - (a.Index + a.Length)));

    private IEnumerable<(Match, SignTime)> Cues(PatternList patterns, SignTime time) =>
        patterns.Matches(Sentence).Select(found => (found.Match, time));
}
