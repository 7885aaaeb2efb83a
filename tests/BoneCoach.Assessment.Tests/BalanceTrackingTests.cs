namespace BoneCoach.Assessment.Tests;

/// <summary>Issue 13: balance sessions are asked and used — a faller's plan tracks balance week by week.</summary>
public class BalanceTrackingTests
{
    private static readonly DateOnly FirstWeek = new(2026, 1, 5);

    private static readonly LoadingAnswers Faller = new()
    {
        StrengthSessionsPerWeek = 0, ImpactDaysPerWeek = 0, WalkingDaysPerWeek = 5, BalanceSessionsPerWeek = 0, AtRiskOfFalls = true,
    };

    [Fact]
    public void A_fallers_plan_tracks_balance_at_twice_a_week()
    {
        var plan = BoneAssessment.Assess(Personas.Anna, Personas.With(Faller)).Plan;

        var goal = Assert.Single(TrackedGoal.FromPlan(plan), g => g.Metric == TargetMetric.BalanceSessions);
        Assert.Equal(Thresholds.BalanceSessionsPerWeekMin, goal.WeeklyGoal);
        Assert.Equal(Layer.Loading, goal.Layer);
    }

    [Fact]
    public void Goals_follow_a_changed_plan_keeping_what_check_ins_adjusted_and_adding_what_is_new()
    {
        var before = BoneAssessment.Assess(Personas.Anna, Personas.With(Faller with { AtRiskOfFalls = false, BalanceSessionsPerWeek = null })).Plan;
        var tracked = TrackedGoal.FromPlan(before).Select(g => g.Metric == TargetMetric.StrengthSessions ? g with { WeeklyGoal = 3 } : g).ToList();
        Assert.DoesNotContain(tracked, g => g.Metric == TargetMetric.BalanceSessions);

        // Balance not asked yet, then she says she doesn't practise it: the plan gains a balance goal.
        var after = BoneAssessment.Assess(Personas.Anna, Personas.With(Faller with { AtRiskOfFalls = false })).Plan;
        var goals = TrackedGoal.Follow(tracked, after);

        Assert.Contains(goals, g => g.Metric == TargetMetric.BalanceSessions && g.WeeklyGoal == Thresholds.BalanceSessionsPerWeekMin);
        Assert.Equal(3, Assert.Single(goals, g => g.Metric == TargetMetric.StrengthSessions).WeeklyGoal);
        Assert.Equal(TrackedGoal.FromPlan(after).Select(g => g.Metric), goals.Select(g => g.Metric));
    }

    [Fact]
    public void Balance_sessions_reported_each_week_give_adherence_and_a_streak()
    {
        var goal = new TrackedGoal(TargetMetric.BalanceSessions, ActionCode.StrengthAndBalanceFirst, Layer.Loading, 2);
        CheckIn[] weeks =
        [
            new() { WeekStarting = FirstWeek, BalanceSessionsDone = 1 },
            new() { WeekStarting = FirstWeek.AddDays(7), BalanceSessionsDone = 2 },
            new() { WeekStarting = FirstWeek.AddDays(14), BalanceSessionsDone = 3 },
        ];

        var progress = ProgressTracker.Track([goal], weeks).For(TargetMetric.BalanceSessions)!;

        Assert.Equal(3, progress.LatestValue);
        Assert.Equal(1, progress.LatestAdherence);
        Assert.Equal(2, progress.StreakWeeks);
        Assert.Equal(3, progress.WeeksReported);
        // Balance is practised, not loaded: two good weeks keep the plan, they never add impact or weight.
        Assert.Equal(Adjustment.KeepGoing, progress.NextAdjustment);
    }
}
