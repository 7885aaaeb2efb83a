namespace BoneCoach.Assessment;

// The entry point: profile and answers in, layers, red flags, screening and plan out. Pure and deterministic.
public static class BoneAssessment
{
    public static AssessmentResult Assess(Profile profile, LayerAnswers answers, ScreeningCutoffs? cutoffs = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(answers);
        var layers = Hierarchy.Order
            .Select(layer => AssessLayer(layer, profile, answers) with { MoreToAsk = answers.NotAskedYet.Contains(layer) })
            .ToArray();
        var flags = RedFlags.Detect(profile, answers);
        var screening = ScreeningScores.Compute(profile, answers.Endocrine, cutoffs);
        var plan = PlanBuilder.Build(profile, answers, layers, flags, screening);
        return new AssessmentResult(layers, flags, screening, plan);
    }

    public static LayerResult AssessLayer(Layer layer, Profile profile, LayerAnswers answers) => layer switch
    {
        Layer.Loading => LoadingAssessment.Assess(profile, answers),
        Layer.Endocrine => EndocrineAssessment.Assess(profile, answers),
        Layer.Substrate => SubstrateAssessment.Assess(profile, answers),
        Layer.Inflammation => InflammationAssessment.Assess(profile, answers),
        Layer.Minerals => MineralsAssessment.Assess(profile, answers),
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "Unknown layer."),
    };
}
