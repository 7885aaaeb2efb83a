namespace BoneCoachBot.Safety;

/// <summary>What a message needs before anything else. Rank them with <see cref="TriageClassRank.Outranks"/>, not by value.</summary>
/// <remarks>Stored as numbers (a conversation's watch, her noted signs): a value never changes, new ones go last.</remarks>
public enum TriageClass
{
    /// <summary>Nothing to act on: the conversation goes on as usual.</summary>
    None = 0,

    /// <summary>See a clinician soon (sudden severe back pain, a new fracture, a fall just now); the question goes on.</summary>
    Urgent = 1,

    /// <summary>Thoughts of suicide or self-harm: a crisis line, not a coaching reply.</summary>
    Crisis = 2,

    /// <summary>Happening now (chest pain, stroke signs, can't breathe, a fall with a suspected break, heavy bleeding): call the emergency number.</summary>
    Emergency = 3,

    /// <summary>Low mood that may hide thoughts of suicide ("fed up with life"): asked about them gently, with the crisis line.</summary>
    Distress = 4,
}

public static class TriageClassRank
{
    /// <summary>Least to most pressing: a possible thought of suicide outranks a see-your-doctor notice, a stated one or an emergency outranks it.</summary>
    private static int Rank(TriageClass triage) => triage switch
    {
        TriageClass.Urgent => 1,
        TriageClass.Distress => 2,
        TriageClass.Crisis => 3,
        TriageClass.Emergency => 4,
        _ => 0,
    };

    public static bool Outranks(this TriageClass triage, TriageClass other) => Rank(triage) > Rank(other);
}

/// <summary>The class and the sign behind it ("chestPain", from dialogs/safety.json); the sign is health information and is never logged.</summary>
public sealed record TriageResult(TriageClass Class, string? Sign)
{
    public static readonly TriageResult None = new(TriageClass.None, null);
}
