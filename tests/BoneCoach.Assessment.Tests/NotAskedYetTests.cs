namespace BoneCoach.Assessment.Tests;

public class NotAskedYetTests
{
    [Fact]
    public void Layers_with_questions_not_asked_yet_keep_their_status_and_the_plan_names_them_in_hierarchy_order()
    {
        var answers = Personas.AllOnTrack with { NotAskedYet = new HashSet<Layer> { Layer.Minerals, Layer.Loading } };

        var result = BoneAssessment.Assess(Personas.Anna, answers);

        Assert.All(result.Layers, l => Assert.Equal(LayerStatus.OnTrack, l.Status));
        Assert.Equal([Layer.Loading, Layer.Minerals], result.Layers.Where(l => l.MoreToAsk).Select(l => l.Layer));
        var note = Assert.Single(result.Plan.Notes, n => n.Code == PlanNoteCode.MoreAnswersWouldSharpen);
        Assert.Equal([Layer.Loading, Layer.Minerals], note.Layers);
    }

    [Fact]
    public void Not_asked_yet_is_not_the_same_as_skipped_a_skipped_layer_needs_answers_but_sharpens_nothing()
    {
        var skipped = Personas.AllOnTrack with { Minerals = new MineralsAnswers() };

        var result = BoneAssessment.Assess(Personas.Anna, skipped);

        Assert.Equal(LayerStatus.NotEnoughInformation, result.For(Layer.Minerals).Status);
        Assert.False(result.For(Layer.Minerals).MoreToAsk);
        Assert.False(result.Plan.Has(PlanNoteCode.MoreAnswersWouldSharpen));
    }

    [Fact]
    public void Everything_asked_gives_the_same_plan_as_before_the_not_asked_yet_mark_existed()
    {
        var marked = BoneAssessment.Assess(Personas.Anna, Personas.AllOnTrack with { NotAskedYet = new HashSet<Layer>() });
        var plain = BoneAssessment.Assess(Personas.Anna, Personas.AllOnTrack);

        Assert.Equal(plain.Plan.Actions, marked.Plan.Actions);
        Assert.Equal(plain.Plan.Notes.Select(n => n.Code), marked.Plan.Notes.Select(n => n.Code));
    }

    [Fact]
    public void A_layer_paused_for_a_clinician_is_not_offered_for_sharpening()
    {
        var answers = Personas.AllOnTrack with { NotAskedYet = new HashSet<Layer> { Layer.Loading, Layer.Minerals } };
        var profile = Personas.Anna with { SuddenSevereBackPain = true };

        var result = BoneAssessment.Assess(profile, answers);

        Assert.True(result.IsReferred(Layer.Loading));
        Assert.Equal([Layer.Minerals], Assert.Single(result.Plan.Notes, n => n.Code == PlanNoteCode.MoreAnswersWouldSharpen).Layers);
    }
}
