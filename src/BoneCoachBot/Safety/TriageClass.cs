namespace BoneCoachBot.Safety;

/// <summary>What a message needs before anything else, least to most pressing (the order <see cref="TriageClassifier"/> ranks by).</summary>
public enum TriageClass
{
    /// <summary>Nothing to act on: the conversation goes on as usual.</summary>
    None,

    /// <summary>See a clinician soon (sudden severe back pain, a new fracture, a fall just now); the question goes on.</summary>
    Urgent,

    /// <summary>Thoughts of suicide or self-harm: a crisis line, not a coaching reply.</summary>
    Crisis,

    /// <summary>Happening now (chest pain, stroke signs, can't breathe, a fall with a suspected break, heavy bleeding): call the emergency number.</summary>
    Emergency,
}

/// <summary>The class and the sign behind it ("chestPain", from dialogs/safety.json); the sign is health information and is never logged.</summary>
public sealed record TriageResult(TriageClass Class, string? Sign)
{
    public static readonly TriageResult None = new(TriageClass.None, null);
}
