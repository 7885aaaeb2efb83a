namespace BoneCoach.Assessment;

// All five layers' answers; a layer never asked is simply all-null.
public sealed record LayerAnswers
{
    public LoadingAnswers Loading { get; init; } = new();
    public EndocrineAnswers Endocrine { get; init; } = new();
    public SubstrateAnswers Substrate { get; init; } = new();
    public InflammationAnswers Inflammation { get; init; } = new();
    public MineralsAnswers Minerals { get; init; } = new();
}
