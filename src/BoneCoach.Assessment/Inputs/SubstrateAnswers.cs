namespace BoneCoach.Assessment;

public sealed record SubstrateAnswers
{
    // Measured or estimated from meals by the bot before it gets here.
    public double? ProteinGramsPerDay { get; init; }
    public bool? ProteinIsMealEstimate { get; init; }
    public bool? TakesCollagen { get; init; }
}
