using System.Globalization;
using BoneCoach.Assessment;

namespace BoneCoachBot.CheckIns.Progress;

/// <summary>
/// The progress report in two or three sentences (this week against the goals, the best streak and the trend, the
/// adjustment for next week): the message text, and the summary screen readers and image-less channels get.
/// </summary>
public sealed class ProgressSummary(CheckInTexts texts)
{
    public string Describe(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Join(" ", new[] { ThisWeek(report), Streak(report), Adjustment(report) }.Where(s => s.Length > 0));
    }

    private string ThisWeek(ProgressReport report)
    {
        var reported = report.Targets.Where(t => t.LatestValue is not null).ToList();
        if (reported.Count == 0)
        {
            return string.Empty;
        }

        var metrics = string.Join(", ", reported.Select(t => texts.CheckInText(ProgressTextKeys.Metric(t.Goal.Metric),
            ("value", Number(t.LatestValue!.Value)), ("goal", Number(t.Goal.WeeklyGoal)))));
        var percent = (int)Math.Round(100 * reported.Average(t => t.LatestAdherence ?? 0));
        return texts.CheckInText(CheckInTextKeys.Week, ("metrics", metrics), ("percent", percent));
    }

    private string Streak(ProgressReport report)
    {
        var trend = texts.CheckInText(ProgressTextKeys.Trend(OverallTrend(report)));
        var best = report.Targets.Where(t => t.StreakWeeks >= 2).MaxBy(t => t.StreakWeeks);
        return best is null
            ? texts.CheckInText(CheckInTextKeys.NoStreak, ("trend", trend))
            : texts.CheckInText(CheckInTextKeys.Streak, ("name", Name(best.Goal.Metric)), ("weeks", best.StreakWeeks), ("trend", trend));
    }

    // The most common direction among goals with enough weeks; ties go to the less flattering one.
    private static Trend OverallTrend(ProgressReport report) =>
        report.Targets.Select(t => t.Trend).Where(t => t != Trend.NotEnoughData)
            .GroupBy(t => t).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key)
            .DefaultIfEmpty(Trend.NotEnoughData).First();

    // One adjustment a week, the safest first: a red flag, then easing a missed goal, then adding load.
    private string Adjustment(ProgressReport report)
    {
        var targets = report.Targets;
        if (targets.Any(t => t.NextAdjustment == BoneCoach.Assessment.Adjustment.SeeClinicianFirst))
        {
            return texts.CheckInText(CheckInTextKeys.SeeClinicianFirst);
        }

        if (targets.FirstOrDefault(t => t.NextAdjustment == BoneCoach.Assessment.Adjustment.MakeTargetSmaller) is { } smaller)
        {
            return texts.CheckInText(CheckInTextKeys.MakeTargetSmaller, ("name", Name(smaller.Goal.Metric)), ("goal", Number(smaller.SuggestedGoal)));
        }

        // One loading step, in goal order (strength first). Only the heavy rung adds weight at ~5 reps; the beginner's
        // and the gentle plan's ladders have their own wording (issue 13).
        if (targets.FirstOrDefault(t => t.NextAdjustment is BoneCoach.Assessment.Adjustment.ProgressLoad
            or BoneCoach.Assessment.Adjustment.BuildRepsAndSets or BoneCoach.Assessment.Adjustment.ProgressWithPhysiotherapist) is { } load)
        {
            return load.NextAdjustment switch
            {
                BoneCoach.Assessment.Adjustment.BuildRepsAndSets => texts.CheckInText(CheckInTextKeys.BuildRepsAndSets),
                BoneCoach.Assessment.Adjustment.ProgressWithPhysiotherapist => texts.CheckInText(CheckInTextKeys.ProgressWithPhysiotherapist),
                _ => texts.CheckInText(ProgressTextKeys.ProgressLoad(load.Goal.Metric), ("goal", Number(load.SuggestedGoal))),
            };
        }

        return report.CheckInCount == 0 ? string.Empty : texts.CheckInText(CheckInTextKeys.KeepGoing);
    }

    private string Name(TargetMetric metric) => texts.CheckInText(ProgressTextKeys.Name(metric));

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
