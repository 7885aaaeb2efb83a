namespace BoneCoach.Assessment;

// All five layers' answers; a layer never asked is simply all-null.
public sealed record LayerAnswers
{
    public LoadingAnswers Loading { get; init; } = new();
    public EndocrineAnswers Endocrine { get; init; } = new();
    public SubstrateAnswers Substrate { get; init; } = new();
    public InflammationAnswers Inflammation { get; init; } = new();
    public MineralsAnswers Minerals { get; init; } = new();

    // Layers with questions not asked yet (the first plan asks only what decides each status). Unlike a null answer
    // (skipped, or she didn't know), these can still be asked: more answers would sharpen the layer.
    public IReadOnlyCollection<Layer> NotAskedYet { get; init; } = [];
}
