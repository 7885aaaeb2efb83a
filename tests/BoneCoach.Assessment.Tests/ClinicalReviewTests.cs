namespace BoneCoach.Assessment.Tests;

// Issue 13, the clinical review: one test per finding, named after it.
public class ClinicalReviewTests
{
    private static AssessmentResult Assess(Profile profile, LayerAnswers answers) => BoneAssessment.Assess(profile, answers);

    private static LayerAnswers Loading(LoadingAnswers loading) => Personas.With(loading);

    private static readonly LoadingAnswers Beginner = new()
    {
        StrengthSessionsPerWeek = 0, ImpactDaysPerWeek = 0, WalkingDaysPerWeek = 5, BalanceSessionsPerWeek = 0, AtRiskOfFalls = false,
    };

    [Fact]
    public void A_woman_who_fell_in_the_last_year_is_not_told_to_jump()
    {
        var result = Assess(Personas.Anna, Loading(Beginner with { AtRiskOfFalls = true }));

        Assert.False(result.Plan.Has(ActionCode.AddImpactOnMostDays));
        Assert.False(result.Plan.Has(ActionCode.KeepImpact));
        Assert.True(result.Plan.Has(ActionCode.StrengthAndBalanceFirst));
    }

    [Fact]
    public void A_faller_gets_balance_at_least_twice_a_week()
    {
        var result = Assess(Personas.Anna, Loading(Beginner with { AtRiskOfFalls = true }));

        var step = result.Plan.Actions.Single(a => a.Code == ActionCode.StrengthAndBalanceFirst);
        Assert.Equal(2, step.Target.FigureValue(FigureName.BalanceSessionsPerWeek));
    }

    [Fact]
    public void A_beginner_starts_with_technique_and_8_to_12_reps_not_5_by_5_heavy()
    {
        var result = Assess(Personas.Anna, Loading(Beginner));

        var step = result.Plan.Actions.Single(a => a.Code == ActionCode.StartStrengthTraining);
        Assert.Null(step.Target.FigureValue(FigureName.RepMaxWeight));
        Assert.Equal(8, step.Target.FigureValue(FigureName.Reps));
        Assert.Equal(12, step.Target.FigureValue(FigureName.RepsMax));
        Assert.Equal(3, step.Target.FigureValue(FigureName.SetsMax));
    }

    [Fact]
    public void A_known_spine_fracture_is_a_red_flag_with_a_referral()
    {
        var flags = RedFlags.Detect(Personas.Anna with { KnownVertebralFracture = true }, Personas.AllOnTrack);

        Assert.Contains(flags, f => f.Urgency == Urgency.Clinician);
    }

    [Fact]
    public void A_spine_fracture_is_not_told_walking_is_not_enough()
    {
        var result = Assess(Personas.Anna with { KnownVertebralFracture = true }, Loading(Beginner));

        Assert.False(result.Plan.Has(PlanNoteCode.WalkingAloneIsNotEnough));
        Assert.False(result.Plan.Has(ActionCode.AddImpactOnMostDays));
    }

    [Fact]
    public void A_T_score_of_minus_2_8_still_gets_strength_and_balance_coaching_led_by_a_physiotherapist()
    {
        var result = Assess(Personas.Anna with { KnownTScore = -2.8 }, Loading(Beginner));

        Assert.False(result.IsReferred(Layer.Loading));
        Assert.True(result.Plan.Has(ActionCode.StartStrengthTraining));
        Assert.True(result.Plan.Has(ActionCode.StartWithPhysiotherapist));
        Assert.False(result.Plan.Has(ActionCode.AddImpactOnMostDays));
        Assert.Contains(result.RedFlags, f => f.Code == RedFlagCode.OsteoporosisTScore);
    }

    [Fact]
    public void Steroid_tablets_at_2_5_mg_a_day_for_3_months_are_a_red_flag()
    {
        var flags = RedFlags.Detect(Personas.Anna with { OralGlucocorticoidPrednisoloneMgPerDay = 2.5, OralGlucocorticoidMonths = 3 }, Personas.AllOnTrack);

        Assert.Contains(flags, f => f.Code == RedFlagCode.LongTermOralGlucocorticoids);
    }

    [Theory]
    [InlineData(4.0, null)]
    [InlineData(null, 2.0)]
    public void Height_loss_of_4_cm_remembered_or_2_cm_measured_is_a_red_flag(double? remembered, double? measured)
    {
        var flags = RedFlags.Detect(Personas.Anna with { HeightLossHistoricalCm = remembered, HeightLossMeasuredCm = measured }, Personas.AllOnTrack);

        Assert.Contains(flags, f => f.Code is RedFlagCode.HeightLossHistorical or RedFlagCode.HeightLossMeasured);
    }

    [Fact]
    public void Dialysis_never_gets_raise_protein()
    {
        var answers = Personas.With(new SubstrateAnswers { ProteinGramsPerDay = 40 });

        var result = Assess(Personas.Anna with { OnDialysis = true }, answers);

        Assert.False(result.Plan.Has(ActionCode.RaiseProtein));
    }

    [Fact]
    public void Stage_3_kidney_disease_never_gets_raise_protein()
    {
        var answers = Personas.With(new SubstrateAnswers { ProteinGramsPerDay = 40 });

        var result = Assess(Personas.Anna with { KidneyEgfr = 45 }, answers);

        Assert.False(result.Plan.Has(ActionCode.RaiseProtein));
        Assert.True(result.Plan.Has(ActionCode.AskClinicianBeforeRaisingProtein));
    }

    [Fact]
    public void An_eGFR_under_30_is_a_red_flag_that_sends_protein_and_minerals_to_the_clinician()
    {
        var flags = RedFlags.Detect(Personas.Anna with { KidneyEgfr = 25 }, Personas.AllOnTrack);

        var flag = Assert.Single(flags);
        Assert.Contains(Layer.Substrate, flag.StopsCoaching);
        Assert.Contains(Layer.Minerals, flag.StopsCoaching);
    }

    [Fact]
    public void A_low_vitamin_D_level_is_never_followed_by_advice_that_could_lower_her_dose()
    {
        var answers = Personas.AllOnTrack with
        {
            Endocrine = Personas.AllOnTrack.Endocrine with { VitaminDNgPerMl = 15 },
            Minerals = Personas.AllOnTrack.Minerals with { VitaminDSupplementIuPerDay = 2000 },
        };

        var result = Assess(Personas.Anna, answers);

        Assert.False(result.For(Layer.Minerals).Has(ReasonCode.VitaminDAboveRdaNotNeeded));
        Assert.False(result.For(Layer.Minerals).Has(ReasonCode.VitaminDHighDoseNoFractureBenefit));
    }

    [Theory]
    [InlineData(800.0)]
    [InlineData(2000.0)]
    public void Osteoporosis_or_a_bone_medicine_never_hears_that_her_vitamin_D_is_more_than_needed(double iu)
    {
        var answers = Personas.AllOnTrack with { Minerals = Personas.AllOnTrack.Minerals with { VitaminDSupplementIuPerDay = iu } };

        foreach (var profile in new[] { Personas.Anna with { KnownTScore = -2.8 }, Personas.Anna with { BoneMedicine = BoneMedicine.Current } })
        {
            var minerals = Assess(profile, answers).For(Layer.Minerals);
            Assert.False(minerals.Has(ReasonCode.VitaminDAboveRdaNotNeeded));
            Assert.False(minerals.Has(ReasonCode.VitaminDHighDoseNoFractureBenefit));
        }

        Assert.True(Assess(Personas.Anna, answers).For(Layer.Minerals).Has(iu < 2000 ? ReasonCode.VitaminDAboveRdaNotNeeded : ReasonCode.VitaminDHighDoseNoFractureBenefit));
    }
}
