namespace BoneCoach.Assessment;

public sealed record LayerResult(Layer Layer, LayerStatus Status, IReadOnlyList<Reason> Reasons)
{
    // Some of the layer's questions are not asked yet: the status stands, more answers would sharpen it.
    public bool MoreToAsk { get; init; }

    public bool IsWeak => Status is LayerStatus.NeedsWork or LayerStatus.Priority;

    public bool Has(ReasonCode code) => Reasons.Any(r => r.Code == code);

    // The finding to lead the layer's feedback with: the heaviest, the first of equals.
    public Reason? Headline => Reasons.OrderByDescending(r => r.Severity).FirstOrDefault();

    // Status is the heaviest reason; with none of the key answers known there is nothing to judge.
    internal static LayerResult From(Layer layer, bool hasKeyAnswer, IReadOnlyList<Reason> reasons)
    {
        if (!hasKeyAnswer && reasons.Count == 0)
        {
            return new LayerResult(layer, LayerStatus.NotEnoughInformation, reasons);
        }

        var heaviest = reasons.Count == 0 ? Severity.Fine : reasons.Max(r => r.Severity);
        var status = heaviest switch
        {
            Severity.Priority => LayerStatus.Priority,
            Severity.NeedsWork => LayerStatus.NeedsWork,
            _ when !hasKeyAnswer => LayerStatus.NotEnoughInformation,
            _ => LayerStatus.OnTrack,
        };
        return new LayerResult(layer, status, reasons);
    }
}
