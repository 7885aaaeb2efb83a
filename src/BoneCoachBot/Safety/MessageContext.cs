namespace BoneCoachBot.Safety;

/// <summary>
/// What the whole message says around its signs, across sentences: in "I fell on Sunday. My wrist is still swollen" the
/// fall was days ago although "still" sits next to the swelling, and "lo normal" can end a sentence about the stairs.
/// </summary>
internal sealed class MessageContext
{
    public MessageContext(string normalized, TriagePatterns patterns)
    {
        PlacesDaysAgo = TriagePatterns.AnyMatch(patterns.DaysAgo, normalized) && !TriagePatterns.AnyMatch(patterns.JustNow, normalized);
        CallsItOrdinary = TriagePatterns.AnyMatch(patterns.Ordinary, normalized);
    }

    /// <summary>The event was days ago ("on Sunday", "ayer") and nothing says it just happened.</summary>
    public bool PlacesDaysAgo { get; }

    /// <summary>She calls it ordinary for her ("nothing new", "lo normal").</summary>
    public bool CallsItOrdinary { get; }
}
