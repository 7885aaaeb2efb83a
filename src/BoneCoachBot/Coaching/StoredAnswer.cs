namespace BoneCoachBot.Coaching;

/// <summary>
/// One answer as kept in her user state: the typed value (a number in the script's unit, a choice value, or yes/no)
/// and a readable form for "what do you know about me". A skipped question keeps <see cref="Skipped"/> and no value.
/// </summary>
public sealed record StoredAnswer
{
    public double? Number { get; init; }

    public string? Choice { get; init; }

    public bool? YesNo { get; init; }

    /// <summary>A multi-choice answer: the values she picked (empty for "none").</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    public bool Skipped { get; init; }

    /// <summary>The answer as she can read it back ("63.5 kg", "Yes", "2 times a week").</summary>
    public string Readable { get; init; } = string.Empty;

    public static StoredAnswer SkippedAnswer { get; } = new() { Skipped = true };
}
