namespace BoneCoach.Assessment;

// One finding: a stable code, its weight and the numbers behind it (no prose).
public sealed record Reason(ReasonCode Code, Severity Severity, IReadOnlyList<Figure> Figures)
{
    public double? FigureValue(FigureName name) => Figures.FirstOrDefault(f => f.Name == name)?.Value;
}
