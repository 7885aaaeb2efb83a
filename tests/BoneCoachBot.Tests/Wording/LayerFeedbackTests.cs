using System.Globalization;
using BoneCoach.Assessment;

namespace BoneCoachBot.Tests.Wording;

public sealed class LayerFeedbackTests
{
    private static readonly Profile SixtyKilos = Personas.SixtyKilos;

    [Fact]
    public void Protein_feedback_shows_her_intake_and_the_target_worked_out_from_her_weight()
    {
        var layer = BoneAssessment.AssessLayer(Layer.Substrate, SixtyKilos,
            new LayerAnswers { Substrate = new SubstrateAnswers { ProteinGramsPerDay = 50 } });

        var feedback = ShippedWording.Messages.LayerFeedback(layer);

        Assert.Contains("50 g", feedback);
        Assert.Contains("72 g", feedback);
        Assert.Contains("1.2 g/kg × 60 kg", feedback);
    }

    // Found chatting: "none" at the supplements list was said back as "You take 0 IU of vitamin D a day".
    [Fact]
    public void No_vitamin_D_supplement_is_said_as_none_not_as_a_dose_of_0()
    {
        var layer = BoneAssessment.AssessLayer(Layer.Minerals, SixtyKilos,
            new LayerAnswers { Minerals = new MineralsAnswers { CalciumFoodMgPerDay = 650, VitaminDSupplementIuPerDay = 0 } });

        var feedback = ShippedWording.Messages.LayerFeedback(layer);

        Assert.Contains("You don't take a vitamin D supplement; the recommended amount for you is 600 IU a day.", feedback);
        Assert.DoesNotContain("0 IU of vitamin D", feedback);
    }

    [Fact]
    public void Feedback_is_two_or_three_sentences_for_every_layer_of_many_women()
    {
        var layers = Generators.Batch(300).SelectMany(r => r.Layers);

        Assert.All(layers, layer =>
        {
            var feedback = ShippedWording.Messages.LayerFeedback(layer);
            Assert.DoesNotContain("{", feedback);
            Assert.InRange(feedback.Count(c => c is '.' or '!' or '?') - Decimals(feedback), 2, 3);
        });
    }

    [Fact]
    public void Numbers_read_the_same_whatever_the_server_culture()
    {
        var layer = BoneAssessment.AssessLayer(Layer.Minerals, SixtyKilos,
            new LayerAnswers { Minerals = new MineralsAnswers { CalciumFoodMgPerDay = 650, CalciumSupplementMgPerDay = 600 } });
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var feedback = ShippedWording.Messages.LayerFeedback(layer);

            Assert.Contains("1,250 mg", feedback);
            Assert.Contains("1,200 mg", feedback);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void An_unjudged_layer_says_so_without_inventing_a_finding()
    {
        var layer = BoneAssessment.AssessLayer(Layer.Inflammation, SixtyKilos, new LayerAnswers());

        var feedback = ShippedWording.Messages.LayerFeedback(layer);

        Assert.Equal(LayerStatus.NotEnoughInformation, layer.Status);
        Assert.Equal(ShippedWording.Wording.Feedback("layer.inflammation.notEnoughInformation"), feedback);
    }

    // "1.2 g/kg" and "7.5 hours" hold a dot that ends no sentence.
    private static int Decimals(string text) => Enumerable.Range(1, Math.Max(0, text.Length - 2))
        .Count(i => text[i] == '.' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]));
}
