namespace BoneCoach.Assessment;

// One weekly check-in. WeekStarting comes from the bot's TimeProvider; the core never reads a clock.
public sealed record CheckIn
{
    public required DateOnly WeekStarting { get; init; }
    public int? StrengthSessionsDone { get; init; }
    public int? ImpactDaysDone { get; init; }
    public int? ProteinDaysAtTarget { get; init; }
    public double? AverageSleepHours { get; init; }
    public int? SupplementDaysTaken { get; init; }
    public int? BalanceSessionsDone { get; init; }
    public bool? NewFall { get; init; }
    public bool? NewFracture { get; init; }
    public bool? NewBackPain { get; init; }

    public double? ValueFor(TargetMetric metric) => metric switch
    {
        TargetMetric.StrengthSessions => StrengthSessionsDone,
        TargetMetric.ImpactDays => ImpactDaysDone,
        TargetMetric.ProteinDaysAtTarget => ProteinDaysAtTarget,
        TargetMetric.AverageSleepHours => AverageSleepHours,
        TargetMetric.SupplementDays => SupplementDaysTaken,
        TargetMetric.BalanceSessions => BalanceSessionsDone,
        _ => null,
    };
}
