namespace BoneCoach.Assessment;

// A weekly goal the check-ins measure. The bot keeps these and swaps in SuggestedGoal after an adjustment.
public sealed record TrackedGoal(TargetMetric Metric, ActionCode Action, Layer Layer, double WeeklyGoal)
{
    // The strength ladder's rung; unknown (a goal kept from before stages existed) progresses as the gentle plan.
    public StrengthStage? Stage { get; init; }

    // One goal per measured metric, taken from the plan's first action (focus before keep) that tracks it.
    public static IReadOnlyList<TrackedGoal> FromPlan(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Actions.Concat(plan.KeepDoing)
            .Where(a => a.Target.Metric != TargetMetric.None && a.Target.WeeklyGoal is not null)
            .GroupBy(a => a.Target.Metric)
            .Select(g => g.First())
            .Select(a => new TrackedGoal(a.Target.Metric, a.Code, a.Layer, a.Target.WeeklyGoal!.Value) { Stage = a.Target.Stage })
            .ToArray();
    }
}
