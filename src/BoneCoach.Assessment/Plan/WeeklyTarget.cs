namespace BoneCoach.Assessment;

// A concrete weekly target: what the check-in measures, the goal for the week, and the numbers to show.
public sealed record WeeklyTarget(TargetMetric Metric, double? WeeklyGoal, IReadOnlyList<Figure> Figures)
{
    // Set on strength targets only: the rung of the strength ladder the check-ins progress from.
    public StrengthStage? Stage { get; init; }

    public static WeeklyTarget OneOff(params (FigureName Name, double Value)[] figures) =>
        new(TargetMetric.None, null, ToFigures(figures));

    public static WeeklyTarget Tracked(TargetMetric metric, double goal, params (FigureName Name, double Value)[] figures) =>
        new(metric, goal, ToFigures(figures));

    public double? FigureValue(FigureName name) => Figures.FirstOrDefault(f => f.Name == name)?.Value;

    private static Figure[] ToFigures((FigureName Name, double Value)[] figures) =>
        figures.Select(f => new Figure(f.Name, f.Value)).ToArray();
}
