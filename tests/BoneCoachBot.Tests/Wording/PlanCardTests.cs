using BoneCoach.Assessment;
using BoneCoachBot.Wording;
using CsCheck;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.Wording;

public sealed class PlanCardTests
{
    private static JObject CardOf(IMessageActivity message)
    {
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        return Assert.IsType<JObject>(attachment.Content);
    }

    private static JObject Card(AssessmentResult result) => CardOf(ShippedWording.Messages.PlanMessage(result, "webchat"));

    private static List<string> LayerRows(JObject card) =>
        card["body"]!.Select(e => e["id"]?.ToString()).OfType<string>().Where(id => id.StartsWith("layer-", StringComparison.Ordinal)).ToList();

    private static List<string> Texts(JToken element) =>
        ((JContainer)element).DescendantsAndSelf().OfType<JObject>().Where(o => o["type"]?.ToString() == "TextBlock").Select(o => o["text"]!.ToString()).ToList();

    private static JObject Row(JObject card, Layer layer) =>
        (JObject)card["body"]!.Single(e => e["id"]?.ToString() == "layer-" + layer.ToString().ToLowerInvariant());

    [Fact]
    public void Rows_follow_the_hierarchy_numbered_from_loading_to_minerals_for_random_women()
    {
        var expected = Hierarchy.Order.Select(l => "layer-" + l.ToString().ToLowerInvariant()).ToList();
        Generators.Result.Where(r => !r.Plan.IsEmergency).Sample(result =>
        {
            var card = Card(result);
            Assert.Equal(expected, LayerRows(card));
            Assert.Equal(["1", "2", "3", "4", "5"], Hierarchy.Order.Select(l => Texts(Row(card, l))[0]));
        }, iter: 150, threads: 1);
    }

    [Fact]
    public void The_card_is_valid_adaptive_card_1_5_for_random_women_and_emergencies()
    {
        Generators.Result.Sample(result =>
        {
            var card = Card(result);
            Assert.Empty(AdaptiveCardRules.Problems(card));
        }, iter: 150, threads: 1);
        Assert.Empty(AdaptiveCardRules.Problems(Card(Personas.ChestPain())));
    }

    [Fact]
    public void The_structure_rules_catch_a_broken_card()
    {
        var card = Card(Personas.WeakLoadingStrongMinerals());
        ((JObject)card["body"]![0]!)["wieght"] = "Bolder";
        card["version"] = "1.6";

        Assert.Equal(2, AdaptiveCardRules.Problems(card).Count);
    }

    [Fact]
    public void A_weak_layer_is_highlighted_in_colour_and_in_words()
    {
        var card = Card(Personas.WeakLoadingStrongMinerals());
        var loading = Row(card, Layer.Loading);
        var protein = Row(card, Layer.Substrate);

        Assert.Equal("attention", loading["style"]!.ToString());
        Assert.Contains(ShippedWording.Wording.Plan("status.priority"), Texts(loading));
        Assert.Equal("warning", protein["style"]!.ToString());
        Assert.Contains(ShippedWording.Wording.Plan("status.needsWork"), Texts(protein));
        Assert.Equal("good", Row(card, Layer.Minerals)["style"]!.ToString());
    }

    [Fact]
    public void A_paused_layer_says_see_your_clinician_and_keeps_only_what_is_safe_until_she_is_seen()
    {
        var result = Personas.BackPain();
        var loading = Texts(Row(Card(result), Layer.Loading));

        Assert.Contains(ShippedWording.Wording.Plan("status.referred"), loading);
        Assert.Contains(loading, t => t.Contains("back pain", StringComparison.Ordinal));
        Assert.Contains(ShippedWording.Wording.Plan("action.keepMovingGentlyUntilSeen.title"), loading);
        Assert.DoesNotContain(loading, t => t.Contains(ShippedWording.Wording.Plan("action.startStrengthTraining.title"), StringComparison.Ordinal));
        Assert.Contains(Texts(Row(Card(result), Layer.Substrate)), t => t.StartsWith(ShippedWording.Wording.Plan(PlanTexts.Target), StringComparison.Ordinal) && t.Contains("72 g"));
    }

    [Fact]
    public void An_emergency_card_is_only_the_emergency_message()
    {
        var message = ShippedWording.Messages.PlanMessage(Personas.ChestPain(), "msteams");
        var card = CardOf(message);
        var emergency = ShippedWording.Messages.RedFlagNotice(Personas.ChestPain().RedFlags);

        Assert.Equal([emergency], Texts(card));
        Assert.Empty(LayerRows(card));
        Assert.Null(card["actions"]);
        Assert.Equal(emergency, message.Text);
    }

    [Fact]
    public void The_minerals_note_leads_the_card_when_the_core_sets_it_and_is_absent_otherwise()
    {
        var note = ShippedWording.Wording.Plan("note.mineralsAloneWillNotShiftRemodeling");
        var withNote = Personas.WeakLoadingStrongMinerals();
        var withoutNote = Personas.FractureAfterFifty();

        Assert.True(withNote.Plan.Has(PlanNoteCode.MineralsAloneWillNotShiftRemodeling));
        var card = Card(withNote);
        var first = card["body"]!.First(e => e["type"]!.ToString() == "Container");
        Assert.Equal("note-minerals", first["id"]!.ToString());
        var shown = Assert.Single(Texts(first));
        Assert.StartsWith(note, shown, StringComparison.Ordinal);
        Assert.Contains(ShippedWording.Wording.Plan("layerName.loading"), shown);
        Assert.Contains(ShippedWording.Wording.Plan("layerName.substrate"), shown);
        Assert.Contains(note, ShippedWording.Messages.PlanText(withNote));

        Assert.False(withoutNote.Plan.Has(PlanNoteCode.MineralsAloneWillNotShiftRemodeling));
        Assert.DoesNotContain(note, Texts(Card(withoutNote)));
    }

    [Fact]
    public void For_random_women_the_note_shows_exactly_when_set_and_referred_rows_carry_only_the_safe_steps()
    {
        var target = ShippedWording.Wording.Plan(PlanTexts.Target);
        var referred = ShippedWording.Wording.Plan("status.referred");
        var safe = ShippedWording.Wording.Plan("action.keepMovingGentlyUntilSeen.target").Split('{')[0];
        Generators.Result.Where(r => !r.Plan.IsEmergency).Sample(result =>
        {
            var card = Card(result);
            var hasNote = card["body"]!.Any(e => e["id"]?.ToString() == "note-minerals");
            Assert.Equal(result.Plan.Has(PlanNoteCode.MineralsAloneWillNotShiftRemodeling), hasNote);
            foreach (var layer in Hierarchy.Order.Where(result.IsReferred))
            {
                var texts = Texts(Row(card, layer));
                Assert.Contains(referred, texts);
                Assert.All(texts.Where(t => t.StartsWith(target, StringComparison.Ordinal)), t => Assert.Contains(safe, t));
            }
        }, iter: 200, threads: 1);
    }

    [Fact]
    public void The_card_offers_the_clinician_summary_as_a_submit_that_works_as_text_in_teams()
    {
        var action = (JObject)Card(Personas.WeakLoadingStrongMinerals())["actions"]!.Single();

        Assert.Equal("Action.Submit", action["type"]!.ToString());
        Assert.Equal("summary", action["data"]!["command"]!.ToString());
        Assert.Equal("imBack", action["data"]!["msteams"]!["type"]!.ToString());
    }
}
