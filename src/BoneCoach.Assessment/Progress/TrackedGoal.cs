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

    /// <summary>
    /// The goals after her plan changed (new answers from fine-tune or a check-in): the plan's goals, except that one
    /// the check-ins already track for the same action keeps its adjusted value and rung. A goal the plan no longer
    /// has goes; one it newly has (balance, once she says she doesn't practise it) starts from the plan.
    /// </summary>
    public static IReadOnlyList<TrackedGoal> Follow(IReadOnlyList<TrackedGoal> tracked, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(tracked);
        return FromPlan(plan)
            .Select(goal => tracked.FirstOrDefault(t => t.Metric == goal.Metric && t.Action == goal.Action) ?? goal)
            .ToArray();
    }
}
