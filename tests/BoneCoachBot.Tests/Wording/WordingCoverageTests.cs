using BoneCoach.Assessment;
using BoneCoachBot.Wording;
using BoneCoachBot.Script;

namespace BoneCoachBot.Tests.Wording;

public sealed class WordingCoverageTests
{
    private static DialogScript Feedback => ShippedWording.Script[WordingKeys.FeedbackFile];

    private static DialogScript Plan => ShippedWording.Script[WordingKeys.PlanFile];

    [Fact]
    public void Every_reason_code_has_a_feedback_sentence()
    {
        Assert.All(Enum.GetValues<ReasonCode>(), code => Assert.Contains(WordingKeys.Reason(code), Feedback.Texts.Keys));
    }

    [Fact]
    public void Every_layer_has_a_sentence_for_every_status()
    {
        foreach (var layer in Enum.GetValues<Layer>())
        {
            Assert.All(Enum.GetValues<LayerStatus>(), status => Assert.Contains(WordingKeys.LayerStatus(layer, status), Feedback.Texts.Keys));
        }
    }

    [Fact]
    public void Every_action_has_a_title_a_target_and_a_reason()
    {
        Assert.All(Enum.GetValues<ActionCode>(), code =>
        {
            Assert.Contains(WordingKeys.ActionTitle(code), Plan.Texts.Keys);
            Assert.Contains(WordingKeys.ActionTarget(code), Plan.Texts.Keys);
            Assert.Contains(WordingKeys.ActionReason(code), Plan.Texts.Keys);
        });
    }

    [Fact]
    public void Every_plan_note_red_flag_status_and_layer_has_wording()
    {
        Assert.All(Enum.GetValues<PlanNoteCode>(), code => Assert.Contains(WordingKeys.Note(code), Plan.Texts.Keys));
        Assert.All(Enum.GetValues<RedFlagCode>(), code => Assert.Contains(WordingKeys.RedFlag(code), Plan.Texts.Keys));
        Assert.All(Enum.GetValues<LayerStatus>(), status => Assert.Contains(WordingKeys.Status(status), Plan.Texts.Keys));
        Assert.All(Enum.GetValues<Layer>(), layer => Assert.Contains(WordingKeys.LayerName(layer), Plan.Texts.Keys));
    }

    [Fact]
    public void Every_placeholder_in_the_wording_names_a_figure_of_the_core()
    {
        var placeholders = Feedback.Texts.Values.Concat(Plan.Texts.Values).SelectMany(Template.Placeholders).ToList();

        Assert.NotEmpty(placeholders);
        Assert.All(placeholders, p => Assert.NotNull(Template.FigureNamed(p.Name)));
    }
}
