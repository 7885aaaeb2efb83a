using CsCheck;

namespace BoneCoach.Assessment.Tests;

public class UnknownAnswersTests
{
    [Fact]
    public void Nothing_known_gives_not_enough_information_for_every_layer()
    {
        var result = BoneAssessment.Assess(new Profile(), new LayerAnswers());

        Assert.All(result.Layers, l => Assert.Equal(LayerStatus.NotEnoughInformation, l.Status));
        Assert.Equal(Hierarchy.Order, result.Layers.Select(l => l.Layer));
        Assert.Empty(result.RedFlags);
        Assert.Empty(result.Plan.Actions);
        Assert.Equal(Hierarchy.Order, result.Plan.LayersNeedingAnswers);
    }

    public static TheoryData<Layer, LayerAnswers> SkippedLayerRows => new()
    {
        { Layer.Loading, Personas.AllOnTrack with { Loading = new LoadingAnswers() } },
        { Layer.Endocrine, Personas.AllOnTrack with { Endocrine = new EndocrineAnswers() } },
        { Layer.Substrate, Personas.AllOnTrack with { Substrate = new SubstrateAnswers() } },
        { Layer.Inflammation, Personas.AllOnTrack with { Inflammation = new InflammationAnswers() } },
        { Layer.Minerals, Personas.AllOnTrack with { Minerals = new MineralsAnswers() } },
    };

    [Theory]
    [MemberData(nameof(SkippedLayerRows))]
    public void A_skipped_layer_is_not_enough_information_and_the_others_stay_judged(Layer skipped, LayerAnswers answers)
    {
        var result = BoneAssessment.Assess(Personas.Anna, answers);

        Assert.Equal(LayerStatus.NotEnoughInformation, result.For(skipped).Status);
        Assert.All(result.Layers.Where(l => l.Layer != skipped), l => Assert.Equal(LayerStatus.OnTrack, l.Status));
    }

    [Fact]
    public void Random_partly_unknown_answers_never_throw() =>
        Generators.Case.Sample((profile, answers) => BoneAssessment.Assess(profile, answers) is not null, iter: 2_000);

    [Fact]
    public void Null_inputs_are_rejected_with_the_parameter_name()
    {
        var error = Assert.Throws<ArgumentNullException>(() => BoneAssessment.Assess(null!, new LayerAnswers()));

        Assert.Equal("profile", error.ParamName);
    }
}
