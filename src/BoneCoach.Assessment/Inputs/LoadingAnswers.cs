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
    public int? FallsInLastYear { get; init; }
    // A fall that hurt her (a cut, bruise, break, or she could not get up).
    public bool? InjuriousFall { get; init; }
    public bool? FearOfFalling { get; init; }
    // Several low-trauma fractures: impact no more than brisk walking (Strong, Steady and Straight).
    public bool? SeveralLowTraumaFractures { get; init; }
}
