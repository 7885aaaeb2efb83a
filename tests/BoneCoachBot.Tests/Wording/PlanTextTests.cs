using System.Text.RegularExpressions;
using BoneCoach.Assessment;
using BoneCoachBot.Wording;
using CsCheck;

namespace BoneCoachBot.Tests.Wording;

public sealed partial class PlanTextTests
{
    private static string Title(PlanAction action) => ShippedWording.Wording.Plan(WordingKeys.ActionTitle(action.Code));

    [Theory]
    [InlineData("sms")]
    [InlineData("email")]
    [InlineData("slack")]
    public void A_channel_without_cards_gets_text_with_every_step_and_no_attachment(string channel)
    {
        Generators.Result.Sample(result =>
        {
            var message = ShippedWording.Messages.PlanMessage(result, channel);

            Assert.Empty(message.Attachments ?? []);
            Assert.All(result.Plan.Actions.Concat(result.Plan.KeepDoing), action => Assert.Contains(Title(action), message.Text));
        }, iter: 60, threads: 1);
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("msteams")]
    public void A_card_channel_gets_the_card_and_the_whole_plan_as_text_for_screen_readers(string channel)
    {
        var result = Personas.WeakLoadingStrongMinerals();

        var message = ShippedWording.Messages.PlanMessage(result, channel);

        Assert.Single(message.Attachments);
        Assert.False(string.IsNullOrWhiteSpace(message.Text));
        Assert.All(result.Plan.Actions, action => Assert.Contains(Title(action), message.Speak));
    }

    [Fact]
    public void The_text_plan_lists_layers_in_hierarchy_order_with_her_numbers()
    {
        var text = ShippedWording.Messages.PlanText(Personas.WeakLoadingStrongMinerals());
        var positions = Hierarchy.Order.Select((l, i) => text.IndexOf($"**{i + 1}. {ShippedWording.Wording.Plan(WordingKeys.LayerName(l))}**", StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("72 g of protein a day (1.2 g/kg × 60 kg)", text);
    }

    [Fact]
    public void An_emergency_plan_text_is_only_the_emergency_message()
    {
        var result = Personas.ChestPain();

        Assert.Equal(ShippedWording.Messages.RedFlagNotice(result.RedFlags), ShippedWording.Messages.PlanText(result));
    }

    [Fact]
    public void Hormone_therapy_is_only_ever_a_conversation_with_her_clinician_never_a_dose()
    {
        var result = Personas.InHormoneWindow();
        var text = ShippedWording.Messages.PlanText(result);
        var hormoneWording = ShippedWording.Script[WordingKeys.PlanFile].Texts.Concat(ShippedWording.Script[WordingKeys.FeedbackFile].Texts)
            .Where(t => t.Key.Contains("hormonetherapy", StringComparison.OrdinalIgnoreCase)).Select(t => t.Value).ToList();

        Assert.True(result.Plan.Has(ActionCode.DiscussHormoneTherapyWithClinician));
        Assert.Contains(ShippedWording.Wording.Plan("action.discussHormoneTherapyWithClinician.title"), text);
        Assert.True(hormoneWording.Count >= 8);
        Assert.All(hormoneWording.Append(ShippedWording.Messages.LayerFeedback(result.For(Layer.Endocrine))), wording =>
        {
            Assert.DoesNotMatch(DoseWords(), wording);
            Assert.Contains("clinician", wording);
        });
    }

    // A drug amount ("1 mg", "50 µg"), a preparation, or an instruction to take something.
    [GeneratedRegex(@"\d\s*(mg|µg|mcg|microgram|milligram)|\b(take|taking|dose|dosage|patch|gel|pill|tablet|estradiol|progest\w*)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex DoseWords();
}
