namespace BoneCoach.Assessment;

// Everything one assessment produces. Layers are in hierarchy order.
public sealed record AssessmentResult(
    IReadOnlyList<LayerResult> Layers,
    IReadOnlyList<RedFlag> RedFlags,
    ScreeningResult Screening,
    Plan Plan)
{
    public LayerResult For(Layer layer) => Layers.First(l => l.Layer == layer);

    public bool IsReferred(Layer layer) => PlanBuilder.IsReferred(layer, RedFlags);
}
