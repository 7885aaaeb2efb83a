namespace BoneCoachBot.Safety;

/// <summary>
/// What the whole message says around its signs, across sentences: in "I fell on Sunday. My wrist is still swollen" the
/// fall was days ago although "still" sits next to the swelling, and "lo normal" can end a sentence about the stairs.
/// </summary>
internal sealed class MessageContext
{
    private readonly HashSet<string> _accompanied;

    public MessageContext(string normalized, TriagePatterns patterns)
    {
        PlacesDaysAgo = patterns.DaysAgo.IsMatch(normalized) && !patterns.JustNow.IsMatch(normalized);
        CallsItOrdinary = patterns.Ordinary.IsMatch(normalized);
        List<SentenceContext> sentences = patterns.Companions.Count == 0 ? [] : [.. patterns.Text.Sentences(normalized).Select(s => new SentenceContext(s, patterns))];
        _accompanied = patterns.Companions
            .Where(sign => sentences.Any(sentence => sign.Value.Matches(sentence.Sentence).Select(found => found.Match)
                .Any(companion => !patterns.Denies(sentence.Sentence, companion) && sentence.TimeOf(companion) != SignTime.LongAgo)))
            .Select(sign => sign.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The event was days ago ("on Sunday", "ayer") and nothing says it just happened.</summary>
    public bool PlacesDaysAgo { get; }

    /// <summary>She calls it ordinary for her ("nothing new", "lo normal").</summary>
    public bool CallsItOrdinary { get; }

    /// <summary>One of the sign's companions is in the message, in any sentence, not denied and not long past: "my heart is racing. I feel faint".</summary>
    public bool Accompanies(string sign) => _accompanied.Contains(sign);
}
