namespace BoneCoach.Assessment.Tests;

public class PlanBuilderTests
{
    private static Plan PlanFor(Profile profile, LayerAnswers answers) => BoneAssessment.Assess(profile, answers).Plan;

    [Fact]
    public void Protein_target_carries_its_arithmetic_72_g_is_1_2_g_per_kg_times_60_kg()
    {
        var plan = PlanFor(Personas.Anna, Personas.With(new SubstrateAnswers { ProteinGramsPerDay = 50 }));

        var action = Assert.Single(plan.Actions);
        Assert.Equal(ActionCode.RaiseProtein, action.Code);
        Assert.Equal(Layer.Substrate, action.Layer);
        Assert.Equal(ReasonCode.ProteinBelowTarget, action.Reason);
        Assert.Equal(72, action.Target.FigureValue(FigureName.ProteinTargetGramsPerDay));
        Assert.Equal(1.2, action.Target.FigureValue(FigureName.ProteinTargetGramsPerKg));
        Assert.Equal(60, action.Target.FigureValue(FigureName.WeightKg));
        Assert.Equal(TargetMetric.ProteinDaysAtTarget, action.Target.Metric);
        Assert.Equal(7, action.Target.WeeklyGoal);
    }

    [Fact]
    public void Strength_target_after_the_lead_in_is_two_sessions_of_five_by_five_at_a_five_rep_max()
    {
        var plan = PlanFor(Personas.Anna, Personas.With(new LoadingAnswers { StrengthSessionsPerWeek = 1, StrengthIntensity = StrengthIntensity.Heavy, ImpactDaysPerWeek = 4 }));

        var action = plan.Actions[0];
        Assert.Equal(ActionCode.ReachStrengthDose, action.Code);
        Assert.Equal(LayerStatus.NeedsWork, action.LayerStatus);
        Assert.Equal(2, action.Target.WeeklyGoal);
        Assert.Equal(5, action.Target.FigureValue(FigureName.Sets));
        Assert.Equal(5, action.Target.FigureValue(FigureName.Reps));
        Assert.Equal(5, action.Target.FigureValue(FigureName.RepMaxWeight));
        Assert.Equal(3, action.Target.FigureValue(FigureName.StrengthSessionsPerWeekMax));
        Assert.Equal(80, action.Target.FigureValue(FigureName.PercentOneRepMaxLow));
        Assert.Equal(85, action.Target.FigureValue(FigureName.PercentOneRepMaxHigh));
        Assert.Equal(30, action.Target.FigureValue(FigureName.SessionMinutes));
        Assert.Equal(TargetMetric.StrengthSessions, action.Target.Metric);
        Assert.True(plan.Has(PlanNoteCode.HeavyLiftingWasSupervised));
    }

    [Fact]
    public void Fall_risk_starts_with_the_gentler_dose_of_8_to_12_reps()
    {
        var plan = PlanFor(Personas.Anna, Personas.With(new LoadingAnswers { StrengthSessionsPerWeek = 0, AtRiskOfFalls = true }));

        var start = plan.Actions.Single(a => a.Code == ActionCode.StartStrengthTraining);
        Assert.Equal(8, start.Target.FigureValue(FigureName.Reps));
        Assert.Equal(12, start.Target.FigureValue(FigureName.RepsMax));
        Assert.Equal((1.0, 3.0), (start.Target.FigureValue(FigureName.Sets)!.Value, start.Target.FigureValue(FigureName.SetsMax)!.Value));
        Assert.Null(start.Target.FigureValue(FigureName.RepMaxWeight));
        Assert.True(plan.Has(ActionCode.StrengthAndBalanceFirst));
        Assert.False(plan.Has(PlanNoteCode.HeavyLiftingWasSupervised));
    }

    [Fact]
    public void Restricted_impact_never_asks_for_heavier_load_or_impact()
    {
        var profile = Personas.Anna with { KnownVertebralFracture = true };
        var answers = Personas.With(new LoadingAnswers { StrengthSessionsPerWeek = 2, StrengthIntensity = StrengthIntensity.Light, ImpactDaysPerWeek = 0 });

        var plan = PlanFor(profile, answers);

        Assert.True(plan.Has(ActionCode.StartWithPhysiotherapist));
        Assert.False(plan.Has(ActionCode.ProgressToHeavierLoad));
        Assert.False(plan.Has(ActionCode.AddImpactOnMostDays));
    }

    [Fact]
    public void Good_minerals_with_weak_loading_say_minerals_alone_will_not_shift_the_bias_and_lead_with_loading()
    {
        var plan = PlanFor(Personas.Anna, Personas.With(new LoadingAnswers { StrengthSessionsPerWeek = 0, ImpactDaysPerWeek = 0 }));

        var note = plan.Notes.Single(n => n.Code == PlanNoteCode.MineralsAloneWillNotShiftRemodeling);
        Assert.Equal([Layer.Loading], note.Layers);
        Assert.Equal(Layer.Loading, plan.Actions[0].Layer);
    }

    [Fact]
    public void Supplement_focus_with_low_protein_leads_with_protein_before_calcium()
    {
        var answers = Personas.AllOnTrack with
        {
            Substrate = new SubstrateAnswers { ProteinGramsPerDay = 45 },
            Minerals = Personas.AllOnTrack.Minerals with { CalciumFoodMgPerDay = 400, FocusedOnSupplements = true },
        };

        var plan = PlanFor(Personas.Anna, answers);

        Assert.Equal([ActionCode.RaiseProtein, ActionCode.ReachCalciumRda], plan.Actions.Select(a => a.Code));
        Assert.Equal([Layer.Substrate], plan.Notes.Single(n => n.Code == PlanNoteCode.MineralsAloneWillNotShiftRemodeling).Layers);
    }

    [Fact]
    public void No_minerals_note_when_every_higher_layer_is_on_track()
    {
        var plan = PlanFor(Personas.Anna, Personas.With(Personas.AllOnTrack.Minerals with { FocusedOnSupplements = true }));

        Assert.False(plan.Has(PlanNoteCode.MineralsAloneWillNotShiftRemodeling));
        Assert.Empty(plan.Actions);
        Assert.Equal(
            [ActionCode.KeepStrengthTraining, ActionCode.KeepImpact, ActionCode.KeepSleep, ActionCode.KeepProtein],
            plan.KeepDoing.Select(a => a.Code));
    }

    [Fact]
    public void Inflammation_comes_before_substrate_in_the_plan()
    {
        var answers = Personas.AllOnTrack with
        {
            Substrate = new SubstrateAnswers { ProteinGramsPerDay = 30 },
            Inflammation = Personas.AllOnTrack.Inflammation with { SleepHoursPerNight = 6 },
        };

        var plan = PlanFor(Personas.Anna, answers);

        Assert.Equal([ActionCode.ImproveSleep, ActionCode.RaiseProtein], plan.Actions.Select(a => a.Code));
    }

    [Fact]
    public void Hormone_therapy_is_only_a_conversation_with_the_clinician_inside_the_window()
    {
        var answers = Personas.With(Personas.AllOnTrack.Endocrine with { HormoneTherapy = HormoneTherapyStatus.Never, AsksAboutHormoneTherapy = true });

        var action = PlanFor(Personas.Anna, answers).Actions.Single(a => a.Code == ActionCode.DiscussHormoneTherapyWithClinician);

        Assert.Equal(Layer.Endocrine, action.Layer);
        Assert.All(action.Target.Figures, f => Assert.Contains(f.Name, new[] { FigureName.AgeYears, FigureName.YearsSinceMenopause }));
    }

    [Fact]
    public void Hormone_therapy_is_never_suggested_with_a_contraindication_and_asking_refers()
    {
        var profile = Personas.Anna with { HormoneTherapyContraindications = HormoneTherapyContraindications.EstrogenDependentCancer };
        var answers = Personas.With(Personas.AllOnTrack.Endocrine with { HormoneTherapy = HormoneTherapyStatus.Never, AsksAboutHormoneTherapy = true });

        var plan = PlanFor(profile, answers);

        Assert.False(plan.Has(ActionCode.DiscussHormoneTherapyWithClinician));
        var referral = plan.Actions.Single(a => a.Layer == Layer.Endocrine);
        Assert.Equal(ActionCode.ReferToClinician, referral.Code);
        Assert.Equal(RedFlagCode.HormoneTherapyContraindicated, referral.RedFlag);
    }

    [Fact]
    public void A_paused_layer_is_referred_and_keeps_only_what_is_safe_until_she_is_seen()
    {
        var profile = Personas.Anna with { SuddenSevereBackPain = true };
        var answers = Personas.With(new LoadingAnswers { StrengthSessionsPerWeek = 0, ImpactDaysPerWeek = 0 });

        var plan = PlanFor(profile, answers);

        var loading = plan.Actions.Where(a => a.Layer == Layer.Loading).Select(a => a.Code).ToList();
        Assert.Equal([ActionCode.ReferToClinician, ActionCode.KeepMovingGentlyUntilSeen], loading);
        Assert.DoesNotContain(plan.KeepDoing, a => a.Layer == Layer.Loading);
    }

    [Fact]
    public void An_emergency_replaces_the_whole_plan()
    {
        var plan = PlanFor(Personas.Anna with { UrgentSymptoms = UrgentSymptoms.FallWithSuspectedBreak }, Personas.AllOnTrack);

        Assert.True(plan.IsEmergency);
        Assert.Empty(plan.Actions);
        Assert.Empty(plan.KeepDoing);
        Assert.Equal(RedFlagCode.UrgentFallWithSuspectedBreak, Assert.Single(plan.Referrals).Code);
    }

    [Fact]
    public void Weak_kidneys_turn_the_protein_target_into_a_clinician_question()
    {
        var profile = Personas.Anna with { KidneyEgfr = 45 };

        var plan = PlanFor(profile, Personas.With(new SubstrateAnswers { ProteinGramsPerDay = 40 }));

        Assert.False(plan.Has(ActionCode.RaiseProtein));
        Assert.True(plan.Has(ActionCode.AskClinicianBeforeRaisingProtein));
    }

    [Fact]
    public void Low_vitamin_D_level_sets_a_level_goal_and_low_intake_a_daily_dose_in_minerals()
    {
        var answers = Personas.AllOnTrack with
        {
            Endocrine = Personas.AllOnTrack.Endocrine with { VitaminDNgPerMl = 15 },
            Minerals = Personas.AllOnTrack.Minerals with { VitaminDSupplementIuPerDay = 0 },
        };

        var plan = PlanFor(Personas.Anna, answers);

        var level = plan.Actions.Single(a => a.Code == ActionCode.RaiseVitaminDLevel);
        var intake = plan.Actions.Single(a => a.Code == ActionCode.ReachVitaminDRda);
        Assert.Equal((Layer.Endocrine, 20.0), (level.Layer, level.Target.FigureValue(FigureName.VitaminDNgPerMl)!.Value));
        Assert.Equal((Layer.Minerals, 600.0), (intake.Layer, intake.Target.FigureValue(FigureName.VitaminDRdaIuPerDay)!.Value));
        Assert.Equal(TargetMetric.SupplementDays, intake.Target.Metric);
    }

    [Fact]
    public void Unanswered_layers_are_listed_for_the_bot_to_ask_again()
    {
        var plan = PlanFor(Personas.Anna, Personas.AllOnTrack with { Inflammation = new InflammationAnswers(), Minerals = new MineralsAnswers() });

        Assert.Equal([Layer.Inflammation, Layer.Minerals], plan.LayersNeedingAnswers);
        Assert.True(plan.Has(PlanNoteCode.SomeLayersNeedAnswers));
    }

    [Fact]
    public void Within_a_layer_the_heavier_finding_comes_first()
    {
        var answers = Personas.With(Personas.AllOnTrack.Inflammation with { WaistCm = 95, Omega3MgPerDay = 100, Smokes = true });

        var codes = PlanFor(Personas.Anna, answers).Actions.Select(a => a.Code);

        Assert.Equal([ActionCode.ReduceWaist, ActionCode.StopSmoking, ActionCode.AddOmega3Foods], codes);
    }

    [Fact]
    public void Omega3_step_is_optional_food_guidance_of_250_to_500_mg()
    {
        var answers = Personas.With(Personas.AllOnTrack.Inflammation with { Omega3MgPerDay = 100 });

        var step = PlanFor(Personas.Anna, answers).Actions.Single(a => a.Code == ActionCode.AddOmega3Foods);

        Assert.Equal((250.0, 500.0), (step.Target.FigureValue(FigureName.Omega3LowMgPerDay)!.Value, step.Target.FigureValue(FigureName.Omega3HighMgPerDay)!.Value));
        Assert.Equal((Severity.Note, TargetMetric.None), (step.Severity, step.Target.Metric));
    }

    [Fact]
    public void Waist_step_aims_below_80_cm()
    {
        var answers = Personas.With(Personas.AllOnTrack.Inflammation with { WaistCm = 84 });

        var step = PlanFor(Personas.Anna, answers).Actions.Single(a => a.Code == ActionCode.ReduceWaist);

        Assert.Equal(80, step.Target.FigureValue(FigureName.WaistCm));
    }
}
