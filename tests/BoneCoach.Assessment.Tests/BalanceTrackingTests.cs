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
