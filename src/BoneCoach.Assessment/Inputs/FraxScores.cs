namespace BoneCoach.Assessment;

// FRAX is proprietary: the core only accepts what the official calculator gave her, never computes it.
public sealed record FraxScores
{
    public double? HipFracturePercent { get; init; }
    public double? MajorOsteoporoticFracturePercent { get; init; }
}
