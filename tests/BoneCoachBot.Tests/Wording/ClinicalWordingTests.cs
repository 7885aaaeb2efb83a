using BoneCoach.Assessment;
using BoneCoachBot.Coaching;

namespace BoneCoachBot.Tests.Wording;

// Issue 13: wording a clinician would object to, read in what she is actually shown (plan and feedback).
public sealed class ClinicalWordingTests
{
    private static readonly LayerAnswers Everything = new()
    {
        Loading = new LoadingAnswers { StrengthSessionsPerWeek = 2, StrengthIntensity = StrengthIntensity.Heavy, ImpactDaysPerWeek = 4, BalanceSessionsPerWeek = 2 },
        Endocrine = new EndocrineAnswers { HormoneTherapy = HormoneTherapyStatus.Never, VitaminDNgPerMl = 30, HbA1cPercent = 5.2 },
        Substrate = new SubstrateAnswers { ProteinGramsPerDay = 80 },
        Inflammation = new InflammationAnswers { WaistCm = 75, SleepHoursPerNight = 7.5, Smokes = false, AlcoholUnitsPerWeek = 4 },
        Minerals = new MineralsAnswers { CalciumFoodMgPerDay = 900, CalciumSupplementMgPerDay = 300, VitaminDSupplementIuPerDay = 800 },
    };

    private static string PlanText(Profile profile, LayerAnswers answers) =>
        ShippedWording.Messages.PlanText(BoneAssessment.Assess(profile, answers));

    private static string Feedback(Profile profile, LayerAnswers answers, Layer layer) =>
        ShippedWording.Messages.LayerFeedback(BoneAssessment.AssessLayer(layer, profile, answers));

    private static string Line(string text, string containing) =>
        text.Split('\n').Single(line => line.Contains(containing, StringComparison.Ordinal));

    private static string Title(string action) => ShippedWording.Wording.Plan($"action.{action}.title");

    [Fact]
    public void Waist_advice_always_comes_with_strength_training_and_protein()
    {
        var answers = Everything with { Inflammation = Everything.Inflammation with { WaistCm = 92 } };

        var step = Line(PlanText(Personas.SixtyKilos, answers), Title("reduceWaist"));
        var feedback = Feedback(Personas.SixtyKilos, answers, Layer.Inflammation);

        Assert.Contains("strength training", step);
        Assert.Contains("protein", step);
        Assert.Contains("strength training", feedback);
        Assert.Contains("protein", feedback);
    }

    [Fact]
    public void Alcohol_advice_is_by_amount_in_units()
    {
        var answers = Everything with { Inflammation = Everything.Inflammation with { AlcoholUnitsPerWeek = 20 } };

        var step = Line(PlanText(Personas.SixtyKilos, answers), Title("cutDownAlcohol"));

        Assert.Contains("14 units a week", step);
        Assert.Contains("20 units a week", Feedback(Personas.SixtyKilos, answers, Layer.Inflammation));
    }

    [Fact]
    public void Omega_3_from_walnuts_and_flax_is_called_ALA_not_EPA_and_DHA()
    {
        var answers = Everything with { Inflammation = Everything.Inflammation with { Omega3MgPerDay = 0 } };

        var step = Line(PlanText(Personas.SixtyKilos, answers), Title("addOmega3Foods"));

        Assert.Contains("ALA", step);
        Assert.DoesNotContain("Oily fish, walnuts or flax, aiming for", step);
    }

    [Fact]
    public void A_prescribed_vitamin_D_dose_is_never_told_to_be_cut()
    {
        var answers = Everything with { Minerals = Everything.Minerals with { VitaminDSupplementIuPerDay = 5000 } };

        var text = PlanText(Personas.SixtyKilos, answers) + Feedback(Personas.SixtyKilos, answers, Layer.Minerals);

        Assert.DoesNotContain("cut back", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Take less vitamin D", text);
        Assert.DoesNotContain("should change", text);
        Assert.Contains("prescribed", text);
    }

    [Fact]
    public void Vitamin_D_above_the_reference_intake_never_says_extra_brings_no_benefit_or_more_than_you_need()
    {
        var answers = Everything with { Minerals = Everything.Minerals with { VitaminDSupplementIuPerDay = 2000 } };

        var text = PlanText(Personas.SixtyKilos, answers) + Feedback(Personas.SixtyKilos, answers, Layer.Minerals);

        Assert.DoesNotContain("no added benefit", text);
        Assert.DoesNotContain("more than you need", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("keep to it", text);
    }

    [Fact]
    public void VITAL_is_described_as_2000_IU_below_the_upper_limit()
    {
        var why = ShippedWording.Script["supplements"].Question("vitaminDSupplementIu").Why;
        var answers = Everything with { Minerals = Everything.Minerals with { VitaminDSupplementIuPerDay = 2000 } };

        Assert.Contains("2,000 IU", why);
        Assert.DoesNotContain("above the upper limit haven't prevented", why);
        Assert.Contains("2,000 IU", PlanText(Personas.SixtyKilos, answers));
    }

    [Fact]
    public void Hormone_therapy_with_a_contraindication_is_something_to_talk_through_not_a_closed_door()
    {
        var profile = Personas.SixtyKilos with { HormoneTherapyContraindications = HormoneTherapyContraindications.Stroke };

        var feedback = Feedback(profile, Everything, Layer.Endocrine);

        Assert.Contains("talk through with your clinician", feedback);
        Assert.DoesNotContain("isn't a route for you", feedback);
    }

    [Fact]
    public void Prediabetes_is_not_said_to_weaken_bone_quality()
    {
        var answers = Everything with { Endocrine = Everything.Endocrine with { HbA1cPercent = 6.0 } };

        var text = PlanText(Personas.SixtyKilos, answers) + Feedback(Personas.SixtyKilos, answers, Layer.Endocrine);

        Assert.DoesNotContain("weakens bone quality", text);
        Assert.DoesNotContain("stiffens the collagen", text);
    }

    [Fact]
    public void Protein_and_minerals_are_described_without_overclaims()
    {
        var why = ShippedWording.Script["diet"].Question("proteinGramsPerDay").Why;
        var answers = Everything with { Minerals = Everything.Minerals with { FocusedOnSupplements = true }, Loading = new LoadingAnswers { StrengthSessionsPerWeek = 0 } };

        Assert.DoesNotContain("even if its density looks fine", why);
        Assert.DoesNotContain("can only support", PlanText(Personas.SixtyKilos, answers));
    }

    [Fact]
    public void Calcium_from_food_counts_about_250_mg_from_the_rest_of_the_diet()
    {
        var sheet = new AnswerSheet(new Dictionary<string, StoredAnswer> { ["calciumFoodServingsPerDay"] = new() { Number = 3 } });

        Assert.Equal(1150, LayerMapping.Minerals(sheet).CalciumFoodMgPerDay);
    }

    [Fact]
    public void Exercise_is_never_ranked_above_bone_medicines()
    {
        var general = ShippedWording.Script["consent"].Text("generalInfo");
        var done = ShippedWording.Script["onboarding"].Text("done");

        Assert.DoesNotContain("What pushes back the most", general);
        Assert.Contains("Bone medicines", general);
        Assert.DoesNotContain("most powerful one", done);
        Assert.Contains("natural", ShippedWording.Wording.Feedback("layer.loading.priority"));
    }

    [Fact]
    public void On_track_feedback_claims_nothing_about_answers_she_was_not_asked()
    {
        var fewAnswers = Everything with
        {
            Endocrine = new EndocrineAnswers { HormoneTherapy = HormoneTherapyStatus.Never },
            Inflammation = new InflammationAnswers { SleepHoursPerNight = 7.5, Smokes = false },
        };

        Assert.DoesNotContain("look steady", Feedback(Personas.SixtyKilos, fewAnswers, Layer.Endocrine));
        Assert.DoesNotContain("waist", Feedback(Personas.SixtyKilos, fewAnswers, Layer.Inflammation));
    }

    [Fact]
    public void The_check_in_asks_about_the_impact_her_plan_sets_not_jumps_for_everyone()
    {
        var ask = ShippedWording.Script["checkin"].Question("impactDays").Ask;

        Assert.Contains("brisk walks", ask);
        Assert.DoesNotContain("like jumps", ask);
    }
}
