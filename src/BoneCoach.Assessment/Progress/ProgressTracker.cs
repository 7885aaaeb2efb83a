using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Weekly check-ins in, progress out: adherence, streaks, trend and the next adjustment per goal.
public static class ProgressTracker
{
    private static Layer[] LoadingOnly => [Layer.Loading];

    public static ProgressReport Track(Plan plan, IReadOnlyList<CheckIn> history)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Track(TrackedGoal.FromPlan(plan), history);
    }

    public static ProgressReport Track(IReadOnlyList<TrackedGoal> goals, IReadOnlyList<CheckIn> history)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(history);
        // Order by week, the later entry winning for a repeated week, so the same history always reads the same way.
        var ordered = history.Select((c, i) => (c, i))
            .GroupBy(p => p.c.WeekStarting)
            .Select(g => g.MaxBy(p => p.i).c)
            .OrderBy(c => c.WeekStarting)
            .ToArray();
        var flags = ordered.Length == 0 ? [] : NewRedFlags(ordered[^1]);
        var targets = goals.Select(g => ProgressOn(g, ordered, flags.Count > 0)).ToArray();
        return new ProgressReport(ordered.Length == 0 ? null : ordered[^1].WeekStarting, ordered.Length, targets, flags);
    }

    // A new fall, fracture or back pain in the latest week stops loading until a clinician has looked.
    public static IReadOnlyList<RedFlag> NewRedFlags(CheckIn latest)
    {
        ArgumentNullException.ThrowIfNull(latest);
        var flags = new List<RedFlag>();
        if (latest.NewFall == true)
        {
            flags.Add(RedFlags.Clinician(RedFlagCode.NewFallReported, LoadingOnly));
        }

        if (latest.NewFracture == true)
        {
            flags.Add(RedFlags.Clinician(RedFlagCode.NewFractureReported, LoadingOnly));
        }

        if (latest.NewBackPain == true)
        {
            flags.Add(RedFlags.Clinician(RedFlagCode.NewBackPainReported, LoadingOnly));
        }

        return flags;
    }

    private static TargetProgress ProgressOn(TrackedGoal goal, IReadOnlyList<CheckIn> ordered, bool redFlag)
    {
        var series = new WeekSeries(ordered, goal.Metric, goal.WeeklyGoal);
        var known = series.KnownValues;
        var streak = series.Streak(series.AtTarget);
        var missed = series.Streak(v => !series.AtTarget(v));
        var (adjustment, suggested) = NextAdjustment(goal, series, known.Count, streak, missed, redFlag);
        return new TargetProgress(
            goal,
            series.LatestValue,
            series.LatestValue is { } latest ? series.Adherence(latest) : null,
            series.RecentAdherence(),
            known.Count(series.AtTarget),
            known.Count,
            streak,
            missed,
            series.Direction(),
            adjustment,
            suggested);
    }

    // Precedence: a red flag, then three missed weeks, then two weeks at target.
    private static (Adjustment, double) NextAdjustment(
        TrackedGoal goal, WeekSeries series, int reported, int streak, int missed, bool redFlag)
    {
        var current = goal.WeeklyGoal;
        if (redFlag && goal.Layer == Layer.Loading)
        {
            return (Adjustment.SeeClinicianFirst, current);
        }

        if (reported == 0)
        {
            return (Adjustment.NotEnoughCheckIns, current);
        }

        if (missed >= WeeksMissedToShrink)
        {
            return (Adjustment.MakeTargetSmaller, SmallerGoal(goal, series.LatestValue));
        }

        if (streak >= WeeksAtTargetToProgress && IsLoadingMetric(goal.Metric))
        {
            return (LoadStep(goal), ProgressedGoal(goal));
        }

        return (Adjustment.KeepGoing, current);
    }

    // The strength ladder: only the heavy rung adds weight at ~5 reps; beginners build reps and sets; the gentle plan
    // (falls, spine fracture, osteoporosis) adds weight only with her physiotherapist.
    private static Adjustment LoadStep(TrackedGoal goal) => goal.Metric != TargetMetric.StrengthSessions
        ? Adjustment.ProgressLoad
        : goal.Stage switch
        {
            StrengthStage.Heavy => Adjustment.ProgressLoad,
            StrengthStage.Technique => Adjustment.BuildRepsAndSets,
            _ => Adjustment.ProgressWithPhysiotherapist,
        };

    private static bool IsLoadingMetric(TargetMetric metric) => metric is TargetMetric.StrengthSessions or TargetMetric.ImpactDays;

    // Strength progresses by weight, not by more sessions; impact by one more day, up to every day.
    private static double ProgressedGoal(TrackedGoal goal) =>
        goal.Metric == TargetMetric.ImpactDays ? Math.Min(DaysPerWeek, goal.WeeklyGoal + GoalStep) : goal.WeeklyGoal;

    // Sleep moves half an hour beyond last week's average; counts drop one step, never below one a week.
    private static double SmallerGoal(TrackedGoal goal, double? latest) =>
        goal.Metric == TargetMetric.AverageSleepHours
            ? Math.Min(goal.WeeklyGoal, (latest ?? goal.WeeklyGoal) + SleepStepHours)
            : Math.Max(GoalFloor, goal.WeeklyGoal - GoalStep);
}
