namespace BoneCoach.Assessment.Tests;

public class ProgressTrackerTests
{
    private static readonly DateOnly FirstWeek = new(2026, 1, 5);
    private static readonly TrackedGoal Strength = new(TargetMetric.StrengthSessions, ActionCode.StartStrengthTraining, Layer.Loading, 2) { Stage = StrengthStage.Heavy };
    private static readonly TrackedGoal Impact = new(TargetMetric.ImpactDays, ActionCode.AddImpactOnMostDays, Layer.Loading, 4);
    private static readonly TrackedGoal Protein = new(TargetMetric.ProteinDaysAtTarget, ActionCode.RaiseProtein, Layer.Substrate, 7);
    private static readonly TrackedGoal Sleep = new(TargetMetric.AverageSleepHours, ActionCode.ImproveSleep, Layer.Inflammation, 7);

    private static CheckIn Week(int index) => new() { WeekStarting = FirstWeek.AddDays(7 * index) };

    private static CheckIn[] StrengthWeeks(params int?[] sessions) =>
        sessions.Select((s, i) => Week(i) with { StrengthSessionsDone = s }).ToArray();

    private static TargetProgress Track(TrackedGoal goal, params CheckIn[] history) =>
        ProgressTracker.Track([goal], history).Targets.Single();

    // Sessions per week, oldest first, against a goal of 2 sessions.
    public static TheoryData<int?[], Adjustment, double, string> StrengthSequences => new()
    {
        { [2], Adjustment.KeepGoing, 2, "one week at target is not yet a pattern" },
        { [2, 2], Adjustment.ProgressLoad, 2, "two weeks at target: add weight, same sessions" },
        { [0, 3, 2], Adjustment.ProgressLoad, 2, "the two latest weeks count" },
        { [2, 1, 2], Adjustment.KeepGoing, 2, "a miss breaks the at-target streak" },
        { [1, 0], Adjustment.KeepGoing, 2, "two misses are not three" },
        { [1, 0, 1], Adjustment.MakeTargetSmaller, 1, "three weeks missed: one session fewer" },
        { [2, 2, 1, 1, 0], Adjustment.MakeTargetSmaller, 1, "the latest three weeks missed" },
        { [1, 1, 2, 1, 1], Adjustment.KeepGoing, 2, "a week at target in between resets the missed streak" },
        { [2, null, 2], Adjustment.KeepGoing, 2, "an unanswered week breaks the streak" },
        { [], Adjustment.NotEnoughCheckIns, 2, "nothing to judge yet" },
    };

    [Theory]
    [MemberData(nameof(StrengthSequences))]
    public void Strength_adjustment_follows_the_week_sequence(int?[] sessions, Adjustment expected, double suggested, string why)
    {
        var progress = Track(Strength, StrengthWeeks(sessions));

        Assert.True(expected == progress.NextAdjustment, why);
        Assert.Equal(suggested, progress.SuggestedGoal);
    }

    [Fact]
    public void A_skipped_calendar_week_breaks_the_streak()
    {
        var history = new[] { Week(0) with { StrengthSessionsDone = 2 }, Week(2) with { StrengthSessionsDone = 2 } };

        var progress = Track(Strength, history);

        Assert.Equal(1, progress.StreakWeeks);
        Assert.Equal(Adjustment.KeepGoing, progress.NextAdjustment);
    }

    [Theory]
    [InlineData(4, 5)]
    [InlineData(7, 7)]
    public void Impact_progresses_by_one_day_up_to_every_day(int goal, double suggested)
    {
        var history = new[] { Week(0) with { ImpactDaysDone = 7 }, Week(1) with { ImpactDaysDone = 7 } };

        var progress = Track(Impact with { WeeklyGoal = goal }, history);

        Assert.Equal(Adjustment.ProgressLoad, progress.NextAdjustment);
        Assert.Equal(suggested, progress.SuggestedGoal);
    }

    [Fact]
    public void Non_loading_goals_at_target_just_keep_going()
    {
        var history = new[] { Week(0) with { ProteinDaysAtTarget = 7 }, Week(1) with { ProteinDaysAtTarget = 7 } };

        var progress = Track(Protein, history);

        Assert.Equal(Adjustment.KeepGoing, progress.NextAdjustment);
        Assert.Equal(2, progress.StreakWeeks);
    }

    [Fact]
    public void Supplement_days_are_tracked_against_every_day_of_the_week()
    {
        var supplements = new TrackedGoal(TargetMetric.SupplementDays, ActionCode.ReachCalciumRda, Layer.Minerals, 7);
        var history = new[] { 5, 4, 6 }.Select((d, i) => Week(i) with { SupplementDaysTaken = d }).ToArray();

        var progress = Track(supplements, history);

        Assert.Equal(Adjustment.MakeTargetSmaller, progress.NextAdjustment);
        Assert.Equal(6, progress.SuggestedGoal);
        Assert.Equal(6.0 / 7, progress.LatestAdherence!.Value, 9);
    }

    [Fact]
    public void A_goal_no_check_in_measures_has_no_values()
    {
        var oneOff = new TrackedGoal(TargetMetric.None, ActionCode.ReduceWaist, Layer.Inflammation, 1);

        var progress = Track(oneOff, StrengthWeeks(2, 2));

        Assert.Equal((0, Adjustment.NotEnoughCheckIns), (progress.WeeksReported, progress.NextAdjustment));
    }

    [Fact]
    public void A_smaller_goal_never_drops_below_one_a_week()
    {
        var progress = Track(Strength with { WeeklyGoal = 1 }, StrengthWeeks(0, 0, 0));

        Assert.Equal(Adjustment.MakeTargetSmaller, progress.NextAdjustment);
        Assert.Equal(1, progress.SuggestedGoal);
    }

    [Fact]
    public void Missed_sleep_moves_the_goal_half_an_hour_past_last_week()
    {
        var history = new[] { 6.0, 6.2, 6.0 }.Select((h, i) => Week(i) with { AverageSleepHours = h }).ToArray();

        var progress = Track(Sleep, history);

        Assert.Equal(Adjustment.MakeTargetSmaller, progress.NextAdjustment);
        Assert.Equal(6.5, progress.SuggestedGoal);
    }

    [Theory]
    [InlineData(true, null, null, RedFlagCode.NewFallReported)]
    [InlineData(null, true, null, RedFlagCode.NewFractureReported)]
    [InlineData(null, null, true, RedFlagCode.NewBackPainReported)]
    public void A_new_fall_fracture_or_back_pain_is_a_red_flag_that_pauses_loading(bool? fall, bool? fracture, bool? pain, RedFlagCode code)
    {
        var history = StrengthWeeks(2, 2).Select(c => c with { ProteinDaysAtTarget = 7 }).ToArray();
        history[^1] = history[^1] with { NewFall = fall, NewFracture = fracture, NewBackPain = pain };

        var report = ProgressTracker.Track([Strength, Protein], history);

        var flag = Assert.Single(report.NewRedFlags);
        Assert.Equal((code, Urgency.Clinician), (flag.Code, flag.Urgency));
        Assert.Equal(Adjustment.SeeClinicianFirst, report.For(TargetMetric.StrengthSessions)!.NextAdjustment);
        Assert.Equal(Adjustment.KeepGoing, report.For(TargetMetric.ProteinDaysAtTarget)!.NextAdjustment);
    }

    [Fact]
    public void A_fall_reported_in_an_earlier_week_is_not_new()
    {
        var history = StrengthWeeks(2, 2);
        history[0] = history[0] with { NewFall = true };

        var report = ProgressTracker.Track([Strength], history);

        Assert.False(report.HasRedFlag);
        Assert.Equal(Adjustment.ProgressLoad, report.Targets[0].NextAdjustment);
    }

    public static TheoryData<int?[], Trend> TrendRows => new()
    {
        { [1, 1, 2, 2], Trend.Improving },
        { [2, 2, 1, 0], Trend.Declining },
        { [1, 1, 1], Trend.Steady },
        { [3, 2, 4], Trend.Steady },
        { [2], Trend.NotEnoughData },
        { [0, 0, 0, 0, 2, 2, 2, 2], Trend.Steady },
    };

    [Theory]
    [MemberData(nameof(TrendRows))]
    public void Trend_reads_the_last_four_reported_weeks_with_over_target_capped(int?[] sessions, Trend expected) =>
        Assert.Equal(expected, Track(Strength, StrengthWeeks(sessions)).Trend);

    [Fact]
    public void Adherence_is_reported_per_week_and_over_recent_weeks()
    {
        var progress = Track(Strength, StrengthWeeks(0, 2, 3, 1));

        Assert.Equal(1, progress.LatestValue);
        Assert.Equal(0.5, progress.LatestAdherence);
        Assert.Equal((0 + 1 + 1 + 0.5) / 4, progress.RecentAdherence);
        Assert.Equal((2, 4), (progress.WeeksAtTarget, progress.WeeksReported));
    }

    [Fact]
    public void History_order_does_not_change_the_report()
    {
        var history = StrengthWeeks(1, 2, 2, 0, 2);
        var shuffled = new[] { history[3], history[0], history[4], history[2], history[1] };

        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(ProgressTracker.Track([Strength], history)),
            System.Text.Json.JsonSerializer.Serialize(ProgressTracker.Track([Strength], shuffled)));
    }

    [Fact]
    public void A_repeated_week_keeps_the_later_answer()
    {
        var history = new[] { Week(0) with { StrengthSessionsDone = 2 }, Week(1) with { StrengthSessionsDone = 0 }, Week(1) with { StrengthSessionsDone = 2 } };

        var progress = Track(Strength, history);

        Assert.Equal((2, 2), (progress.WeeksReported, progress.StreakWeeks));
    }

    [Fact]
    public void Goals_come_from_the_plan_one_per_measured_metric()
    {
        var answers = Personas.AllOnTrack with
        {
            Loading = new LoadingAnswers { StrengthSessionsPerWeek = 0, ImpactDaysPerWeek = 5 },
            Minerals = Personas.AllOnTrack.Minerals with { CalciumFoodMgPerDay = 300, VitaminDSupplementIuPerDay = 100 },
            Endocrine = Personas.AllOnTrack.Endocrine with { VitaminDNgPerMl = 10 },
        };
        var plan = BoneAssessment.Assess(Personas.Anna, answers).Plan;

        var goals = TrackedGoal.FromPlan(plan);

        Assert.Equal(
            [
                new TrackedGoal(TargetMetric.StrengthSessions, ActionCode.StartStrengthTraining, Layer.Loading, 2) { Stage = StrengthStage.Technique },
                new TrackedGoal(TargetMetric.SupplementDays, ActionCode.ReachCalciumRda, Layer.Minerals, 7),
                new TrackedGoal(TargetMetric.ImpactDays, ActionCode.KeepImpact, Layer.Loading, 4),
                new TrackedGoal(TargetMetric.AverageSleepHours, ActionCode.KeepSleep, Layer.Inflammation, 7),
                new TrackedGoal(TargetMetric.ProteinDaysAtTarget, ActionCode.KeepProtein, Layer.Substrate, 7),
            ],
            goals);
    }

    [Fact]
    public void No_check_ins_give_an_empty_but_valid_report()
    {
        var report = ProgressTracker.Track([Strength, Sleep], []);

        Assert.Null(report.LatestWeek);
        Assert.All(report.Targets, t => Assert.Equal(Adjustment.NotEnoughCheckIns, t.NextAdjustment));
        Assert.All(report.Targets, t => Assert.Equal(Trend.NotEnoughData, t.Trend));
    }
}
