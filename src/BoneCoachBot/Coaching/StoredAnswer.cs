using Newtonsoft.Json;

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

    /// <summary>
    /// Her amount in the unit she gave it ("9 stone") when it was converted to the script's, for the line that notes it:
    /// hearing her own unit back shows it was read right. Not kept: her summary and her answers list stay in one unit.
    /// </summary>
    [JsonIgnore]
    public string? Said { get; init; }

    public static StoredAnswer SkippedAnswer { get; } = new() { Skipped = true };

    // The same answer in another unit is the same answer: "5 ft 4" again for 162.6 cm is no change.
    public bool Equals(StoredAnswer? other) =>
        other is not null && Number == other.Number && Choice == other.Choice && YesNo == other.YesNo && Skipped == other.Skipped
        && Readable == other.Readable && EqualityComparer<IReadOnlyList<string>?>.Default.Equals(Choices, other.Choices);

    public override int GetHashCode() => HashCode.Combine(Number, Choice, YesNo, Choices, Skipped, Readable);
}
