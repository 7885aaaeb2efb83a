namespace BoneCoach.Assessment;

public sealed record ProgressReport(
    DateOnly? LatestWeek,
    int CheckInCount,
    IReadOnlyList<TargetProgress> Targets,
    IReadOnlyList<RedFlag> NewRedFlags)
{
    public bool HasRedFlag => NewRedFlags.Count > 0;

    public TargetProgress? For(TargetMetric metric) => Targets.FirstOrDefault(t => t.Goal.Metric == metric);
}
