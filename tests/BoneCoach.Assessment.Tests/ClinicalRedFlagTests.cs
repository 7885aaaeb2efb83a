namespace BoneCoach.Assessment.Tests;

// Issue 13: the red flags DOMAIN.md lists that the core did not raise, and the safe plan around them.
public class ClinicalRedFlagTests
{
    private static IReadOnlyList<RedFlagCode> Codes(Profile profile, LayerAnswers? answers = null) =>
        RedFlags.Detect(profile, answers ?? Personas.AllOnTrack).Select(f => f.Code).ToList();

    private static LayerAnswers Loading(LoadingAnswers loading) => Personas.With(loading);

    [Fact]
    public void Not_sure_about_a_spine_fracture_counts_as_possible_with_the_cautious_plan_and_a_clinician()
    {
        var result = BoneAssessment.Assess(Personas.Anna with { VertebralFractureNotSure = true },
            Loading(new LoadingAnswers { StrengthSessionsPerWeek = 0, ImpactDaysPerWeek = 0 }));

        Assert.Contains(RedFlagCode.PossibleVertebralFracture, result.RedFlags.Select(f => f.Code));
        Assert.True(result.Plan.Has(ActionCode.KeepImpactToBriskWalking));
        Assert.False(result.Plan.Has(ActionCode.AddImpactOnMostDays));
    }

    [Fact]
    public void Not_sure_about_a_small_fall_fracture_counts_as_possible_with_a_clinician_and_a_gentle_start()
    {
        var result = BoneAssessment.Assess(Personas.Anna with { LowTraumaFractureNotSure = true },
            Loading(new LoadingAnswers { StrengthSessionsPerWeek = 0, ImpactDaysPerWeek = 0 }));

        Assert.Contains(RedFlagCode.PossibleLowTraumaFracture, result.RedFlags.Select(f => f.Code));
        Assert.Equal(StrengthStage.Gentle, result.Plan.Actions.Single(a => a.Code == ActionCode.StartStrengthTraining).Target.Stage);
    }

    [Theory]
    [InlineData(2, null, null)]
    [InlineData(1, true, null)]
    [InlineData(null, null, true)]
    public void Two_falls_a_fall_that_hurt_or_fear_of_falling_need_a_falls_assessment(int? falls, bool? hurt, bool? fear)
    {
        var answers = Loading(new LoadingAnswers { AtRiskOfFalls = falls > 0, FallsInLastYear = falls, InjuriousFall = hurt, FearOfFalling = fear });

        Assert.Contains(RedFlagCode.FallsAssessment, Codes(Personas.Anna, answers));
    }

    [Fact]
    public void One_fall_that_did_not_hurt_is_strength_and_balance_first_without_a_referral()
    {
        var answers = Loading(new LoadingAnswers { StrengthSessionsPerWeek = 0, AtRiskOfFalls = true, FallsInLastYear = 1, InjuriousFall = false, FearOfFalling = false });

        var result = BoneAssessment.Assess(Personas.Anna, answers);

        Assert.DoesNotContain(RedFlagCode.FallsAssessment, result.RedFlags.Select(f => f.Code));
        Assert.True(result.Plan.Has(ActionCode.StrengthAndBalanceFirst));
    }

    [Fact]
    public void Steroid_tablets_with_the_dose_or_duration_unknown_are_referred()
    {
        Assert.Contains(RedFlagCode.OralGlucocorticoidsDoseUnknown, Codes(Personas.Anna with { TakesOralGlucocorticoids = true }));
        Assert.Contains(RedFlagCode.OralGlucocorticoidsDoseUnknown,
            Codes(Personas.Anna with { TakesOralGlucocorticoids = true, OralGlucocorticoidPrednisoloneMgPerDay = 5 }));
        Assert.DoesNotContain(RedFlagCode.OralGlucocorticoidsDoseUnknown,
            Codes(Personas.Anna with { TakesOralGlucocorticoids = true, OralGlucocorticoidMonths = 1 }));
    }

    [Theory]
    [InlineData(KidneyDisease.Stage4Or5, null, null)]
    [InlineData(KidneyDisease.StageUnknown, null, null)]
    [InlineData(null, null, true)]
    [InlineData(null, 29.0, null)]
    public void Kidney_disease_stage_4_to_5_or_dialysis_is_a_red_flag_also_when_the_eGFR_is_skipped(KidneyDisease? stage, double? egfr, bool? dialysis)
    {
        var profile = Personas.Anna with { KidneyDisease = stage, KidneyEgfr = egfr, OnDialysis = dialysis };

        var result = BoneAssessment.Assess(profile, Personas.With(new SubstrateAnswers { ProteinGramsPerDay = 40 }));

        Assert.Contains(RedFlagCode.SevereKidneyDisease, result.RedFlags.Select(f => f.Code));
        Assert.True(result.IsReferred(Layer.Substrate));
        Assert.True(result.IsReferred(Layer.Minerals));
        Assert.False(result.Plan.Has(ActionCode.RaiseProtein));
    }

    [Fact]
    public void A_kidney_stage_not_known_with_an_eGFR_of_45_is_protein_caution_not_a_red_flag()
    {
        var result = BoneAssessment.Assess(Personas.Anna with { KidneyDisease = KidneyDisease.StageUnknown, KidneyEgfr = 45 },
            Personas.With(new SubstrateAnswers { ProteinGramsPerDay = 40 }));

        Assert.DoesNotContain(RedFlagCode.SevereKidneyDisease, result.RedFlags.Select(f => f.Code));
        Assert.True(result.Plan.Has(ActionCode.AskClinicianBeforeRaisingProtein));
        Assert.False(result.Plan.Has(ActionCode.RaiseProtein));
    }

    [Theory]
    [InlineData(YesNoNotSure.Yes)]
    [InlineData(YesNoNotSure.NotSure)]
    public void Early_menopause_or_ovaries_removed_is_referred(YesNoNotSure answer) =>
        Assert.Contains(RedFlagCode.EarlyMenopause, Codes(Personas.Anna with { EarlyMenopause = answer }));

    [Fact]
    public void A_last_period_before_45_counts_as_early_menopause()
    {
        Assert.Contains(RedFlagCode.EarlyMenopause, Codes(Personas.Anna with { AgeYears = 58, YearsSinceMenopause = 14 }));
        Assert.DoesNotContain(RedFlagCode.EarlyMenopause, Codes(Personas.Anna with { AgeYears = 58, YearsSinceMenopause = 13 }));
    }

    [Fact]
    public void Conditions_that_cause_bone_loss_are_referred_but_something_off_the_list_is_not()
    {
        Assert.Contains(RedFlagCode.BoneLossCondition, Codes(Personas.Anna with { BoneLossConditions = BoneLossConditions.CoeliacOrInflammatoryBowelDisease }));
        Assert.Contains(RedFlagCode.BoneLossCondition, Codes(Personas.Anna with { RheumatoidArthritis = true }));
        Assert.DoesNotContain(RedFlagCode.BoneLossCondition, Codes(Personas.Anna with { BoneLossConditions = BoneLossConditions.Other }));
    }

    [Fact]
    public void Medicines_that_cause_bone_loss_are_referred() =>
        Assert.Contains(RedFlagCode.BoneLossMedicine, Codes(Personas.Anna with { BoneLossMedicines = BoneLossMedicines.AromataseInhibitor }));

    [Theory]
    [InlineData(YesNoNotSure.Yes)]
    [InlineData(YesNoNotSure.NotSure)]
    public void A_parents_hip_fracture_is_referred(YesNoNotSure answer) =>
        Assert.Contains(RedFlagCode.ParentHipFracture, Codes(Personas.Anna with { ParentHipFracture = answer }));

    [Fact]
    public void An_osteoporosis_diagnosis_without_a_number_is_referred_and_adapts_loading()
    {
        var result = BoneAssessment.Assess(Personas.Anna with { OsteoporosisDiagnosed = YesNoNotSure.Yes },
            Loading(new LoadingAnswers { StrengthSessionsPerWeek = 0, ImpactDaysPerWeek = 0 }));

        var flag = Assert.Single(result.RedFlags, f => f.Code == RedFlagCode.OsteoporosisDiagnosed);
        Assert.Equal([Layer.Loading], flag.Adapts);
        Assert.True(result.Plan.Has(ActionCode.StartWithPhysiotherapist));
    }

    [Theory]
    [InlineData(BoneMedicine.Current, RedFlagCode.BoneMedicine)]
    [InlineData(BoneMedicine.Past, RedFlagCode.BoneMedicine)]
    [InlineData(BoneMedicine.StoppedDenosumab, RedFlagCode.StoppedDenosumab)]
    public void A_bone_medicine_now_or_stopped_is_referred(BoneMedicine medicine, RedFlagCode expected) =>
        Assert.Contains(expected, Codes(Personas.Anna with { BoneMedicine = medicine }));

    [Theory]
    [InlineData(HormoneTherapyContraindications.CoronaryHeartDisease)]
    [InlineData(HormoneTherapyContraindications.NotSure)]
    public void Angina_or_coronary_heart_disease_or_not_sure_is_a_hormone_therapy_contraindication(HormoneTherapyContraindications found)
    {
        var answers = Personas.With(new EndocrineAnswers { HormoneTherapy = HormoneTherapyStatus.Never, AsksAboutHormoneTherapy = true });

        var result = BoneAssessment.Assess(Personas.Anna with { HormoneTherapyContraindications = found }, answers);

        Assert.Contains(RedFlagCode.HormoneTherapyContraindicated, result.RedFlags.Select(f => f.Code));
        Assert.False(result.Plan.Has(ActionCode.DiscussHormoneTherapyWithClinician));
    }

    [Theory]
    [InlineData(65, null, true)]
    [InlineData(64, null, false)]
    [InlineData(65, -1.0, false)]
    public void The_scan_suggestion_is_told_to_her_in_the_plan(int age, double? tScore, bool told)
    {
        // Heavy weight keeps OST, ORAI and SCORE quiet, so only the age rule speaks.
        var profile = Personas.Anna with { AgeYears = age, WeightKg = 95, YearsSinceMenopause = 10, KnownTScore = tScore };

        var plan = BoneAssessment.Assess(profile, Personas.AllOnTrack).Plan;

        Assert.Equal(told, plan.Has(PlanNoteCode.AskAboutBoneDensityScan));
    }

    [Fact]
    public void A_screening_score_over_its_cut_off_tells_a_younger_woman_about_the_scan()
    {
        var profile = Personas.Anna with { AgeYears = 58, WeightKg = 52, HeightCm = 160 };
        var result = BoneAssessment.Assess(profile, Personas.AllOnTrack);

        Assert.True(result.Screening.SuggestsScan);
        Assert.True(result.Plan.Has(PlanNoteCode.AskAboutBoneDensityScan));
    }

    [Fact]
    public void Vitamin_K2_with_warfarin_asks_the_clinician_first()
    {
        var answers = Personas.With(Personas.AllOnTrack.Minerals with { TakesVitaminK2 = true, TakesWarfarin = true });

        var result = BoneAssessment.Assess(Personas.Anna, answers);

        Assert.True(result.Plan.Has(ActionCode.AskClinicianBeforeVitaminK));
        Assert.False(result.Plan.Has(PlanNoteCode.VitaminK2IsOptional));
    }

    [Fact]
    public void Balance_sessions_are_used_at_least_twice_a_week()
    {
        var low = BoneAssessment.Assess(Personas.Anna, Loading(Personas.AllOnTrack.Loading with { BalanceSessionsPerWeek = 1 }));
        var enough = BoneAssessment.Assess(Personas.Anna, Loading(Personas.AllOnTrack.Loading with { BalanceSessionsPerWeek = 2 }));

        Assert.Equal(2, low.Plan.Actions.Single(a => a.Code == ActionCode.PractiseBalance).Target.FigureValue(FigureName.BalanceSessionsPerWeek));
        Assert.True(enough.Plan.Has(ActionCode.KeepBalance));
    }

    [Theory]
    [InlineData(StrengthStage.Heavy, Adjustment.ProgressLoad)]
    [InlineData(StrengthStage.Technique, Adjustment.BuildRepsAndSets)]
    [InlineData(StrengthStage.Gentle, Adjustment.ProgressWithPhysiotherapist)]
    [InlineData(null, Adjustment.ProgressWithPhysiotherapist)]
    public void The_check_in_progression_follows_the_strength_ladder_and_never_adds_heavy_weight_on_the_gentle_plan(StrengthStage? stage, Adjustment expected)
    {
        var goal = new TrackedGoal(TargetMetric.StrengthSessions, ActionCode.StartStrengthTraining, Layer.Loading, 2) { Stage = stage };
        var first = new DateOnly(2026, 1, 5);
        CheckIn[] history = [new() { WeekStarting = first, StrengthSessionsDone = 2 }, new() { WeekStarting = first.AddDays(7), StrengthSessionsDone = 2 }];

        Assert.Equal(expected, ProgressTracker.Track([goal], history).Targets.Single().NextAdjustment);
    }

    [Fact]
    public void A_spine_fracture_plan_hands_the_check_ins_a_gentle_strength_goal()
    {
        var plan = BoneAssessment.Assess(Personas.Anna with { KnownVertebralFracture = true },
            Loading(new LoadingAnswers { StrengthSessionsPerWeek = 0, ImpactDaysPerWeek = 0 })).Plan;

        Assert.Equal(StrengthStage.Gentle, TrackedGoal.FromPlan(plan).Single(g => g.Metric == TargetMetric.StrengthSessions).Stage);
    }
}
