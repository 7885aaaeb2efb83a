using BoneCoach.Assessment;
using static BoneCoach.Assessment.Thresholds;

namespace BoneCoachBot.CheckIns.Progress;

/// <summary>
/// The weekly goals a check-in measures when her plan has not handed over its own (TrackedGoal.FromPlan):
/// the standard targets of the plan's tracked actions, from the core's thresholds.
/// </summary>
public static class StarterGoals
{
    public static IReadOnlyList<TrackedGoal> All { get; } =
    [
        // Without her plan's stage the strength goal never adds weight at ~5 reps: the beginner's ladder.
        new(TargetMetric.StrengthSessions, ActionCode.StartStrengthTraining, Layer.Loading, StrengthSessionsPerWeekMin) { Stage = StrengthStage.Technique },
        new(TargetMetric.ImpactDays, ActionCode.AddImpactOnMostDays, Layer.Loading, ImpactDaysPerWeekTarget),
        new(TargetMetric.BalanceSessions, ActionCode.PractiseBalance, Layer.Loading, BalanceSessionsPerWeekMin),
        new(TargetMetric.ProteinDaysAtTarget, ActionCode.RaiseProtein, Layer.Substrate, DaysPerWeek),
        new(TargetMetric.AverageSleepHours, ActionCode.ImproveSleep, Layer.Inflammation, SleepMinHours),
        new(TargetMetric.SupplementDays, ActionCode.ReachVitaminDRda, Layer.Minerals, DaysPerWeek),
    ];
}
