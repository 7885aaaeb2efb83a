using BoneCoach.Assessment;

namespace BoneCoachBot.CheckIns.Progress;

/// <summary>
/// The texts of dialogs/checkin.json named after the core's metrics and trends in camelCase ("metric.impactDays"):
/// built here for the progress wording and for its start-up check (<see cref="CheckInScriptCheck"/>).
/// </summary>
public static class ProgressTextKeys
{
    /// <summary>The metrics whose load a check-in may suggest raising (<see cref="Adjustment.ProgressLoad"/>).</summary>
    public static readonly IReadOnlyList<TargetMetric> LoadProgressed = [TargetMetric.StrengthSessions, TargetMetric.ImpactDays];

    public static string Metric(TargetMetric metric) => "metric." + Camel(metric);

    public static string Name(TargetMetric metric) => "name." + Camel(metric);

    public static string Goal(TargetMetric metric) => "goal." + Camel(metric);

    public static string ProgressLoad(TargetMetric metric) => "adjust.progressLoad." + Camel(metric);

    public static string Trend(Trend trend) => "trend." + Camel(trend);

    /// <summary>Every key above that checkin.json must hold.</summary>
    public static IEnumerable<string> Required()
    {
        var metrics = Enum.GetValues<TargetMetric>().Where(m => m != TargetMetric.None).ToList();
        return metrics.SelectMany(m => new[] { Metric(m), Name(m), Goal(m) })
            .Concat(LoadProgressed.Select(ProgressLoad))
            .Concat(Enum.GetValues<Trend>().Select(Trend));
    }

    private static string Camel<T>(T value) where T : struct, Enum => ProgressSummary.Camel(value.ToString());
}
