namespace BoneCoach.Assessment;

public sealed record LoadingAnswers
{
    public int? StrengthSessionsPerWeek { get; init; }
    public StrengthIntensity? StrengthIntensity { get; init; }
    public int? ImpactDaysPerWeek { get; init; }
    public int? WalkingDaysPerWeek { get; init; }
    public int? BalanceSessionsPerWeek { get; init; }
    // People at risk of falls start with strength and balance (Strong, Steady and Straight).
    public bool? AtRiskOfFalls { get; init; }
    // Several low-trauma fractures: impact no more than brisk walking (Strong, Steady and Straight).
    public bool? SeveralLowTraumaFractures { get; init; }
}
