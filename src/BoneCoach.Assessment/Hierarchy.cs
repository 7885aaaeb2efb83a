namespace BoneCoach.Assessment;

// The hierarchy principle: loading, endocrine, inflammation, substrate, then minerals.
// Inflammation (layer 4) ranks above substrate (layer 3), so enum order is not plan order.
public static class Hierarchy
{
    private static readonly Layer[] OrderedLayers =
        [Layer.Loading, Layer.Endocrine, Layer.Inflammation, Layer.Substrate, Layer.Minerals];

    // A read-only view: callers cannot reorder the hierarchy through a cast.
    public static IReadOnlyList<Layer> Order { get; } = Array.AsReadOnly(OrderedLayers);

    public static int Rank(Layer layer) => Array.IndexOf(OrderedLayers, layer);

    // Minerals sit last: "higher layers" are all the others.
    public static bool IsAboveMinerals(Layer layer) => layer != Layer.Minerals;
}
