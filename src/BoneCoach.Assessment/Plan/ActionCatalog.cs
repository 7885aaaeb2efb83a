using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Maps each finding to the plan step that answers it (or none: some findings only inform).
internal static class ActionCatalog
{
    public static (ActionCode Code, WeeklyTarget Target)? ForReason(Reason reason, Profile profile, LayerAnswers answers) =>
        Loading(reason, profile, answers) ?? EndocrineOrInflammation(reason, profile) ?? SubstrateOrMinerals(reason, profile);

    // What stays safe to do while loading waits for a clinician: walking as comfortable, balance with support, posture.
    public static (ActionCode Code, WeeklyTarget Target)? SafeWhilePaused(Layer layer) =>
        layer == Layer.Loading ? (ActionCode.KeepMovingGentlyUntilSeen, Targets.Balance()) : null;

    private static (ActionCode, WeeklyTarget)? Loading(Reason reason, Profile profile, LayerAnswers answers) => reason.Code switch
    {
        ReasonCode.NoStrengthTraining => (ActionCode.StartStrengthTraining, Strength(profile, answers)),
        ReasonCode.StrengthTrainingBelowDose => (ActionCode.ReachStrengthDose, Strength(profile, answers)),
        // Heavier lifting is for the heavy rung only: never for the gentle plan.
        ReasonCode.StrengthIntensityTooLight => LoadingAssessment.Stage(profile, answers) == StrengthStage.Heavy
            ? (ActionCode.ProgressToHeavierLoad, Targets.HeavyStrength())
            : (ActionCode.KeepStrengthTraining, Strength(profile, answers)),
        ReasonCode.StrengthTrainingAtDose => (ActionCode.KeepStrengthTraining, Strength(profile, answers)),
        ReasonCode.ImpactBelowMostDays => (ActionCode.AddImpactOnMostDays, Targets.Impact()),
        ReasonCode.ImpactOnMostDays => (ActionCode.KeepImpact, Targets.Impact()),
        ReasonCode.ImpactRestrictedByFractures => (ActionCode.KeepImpactToBriskWalking, WeeklyTarget.OneOff()),
        ReasonCode.NoLoadedForwardBending => (ActionCode.AvoidLoadedForwardBending, WeeklyTarget.OneOff()),
        ReasonCode.PhysiotherapistLedLoading => (ActionCode.StartWithPhysiotherapist, WeeklyTarget.OneOff()),
        ReasonCode.FallRiskStartWithStrengthAndBalance => (ActionCode.StrengthAndBalanceFirst, Targets.Balance()),
        // A faller's balance target is already in her strength-and-balance step.
        ReasonCode.BalanceBelowTwiceAWeek => LoadingAssessment.AtRiskOfFalls(answers.Loading) ? null : (ActionCode.PractiseBalance, Targets.Balance()),
        ReasonCode.BalanceAtTwiceAWeek => (ActionCode.KeepBalance, Targets.Balance()),
        _ => null,
    };

    private static WeeklyTarget Strength(Profile profile, LayerAnswers answers) => Targets.Strength(LoadingAssessment.Stage(profile, answers));

    private static (ActionCode, WeeklyTarget)? EndocrineOrInflammation(Reason reason, Profile profile) => reason.Code switch
    {
        // Never suggest hormone therapy unless she said she has none of the contraindications, whatever produced the reason.
        ReasonCode.HormoneTherapyWindowOpen => !EndocrineAssessment.HasNoContraindication(profile)
            ? null
            : (ActionCode.DiscussHormoneTherapyWithClinician, Targets.FromReason(reason)),
        ReasonCode.VitaminDDeficient => (ActionCode.AskClinicianAboutLowVitaminD, Targets.FromReason(reason)),
        ReasonCode.VitaminDInsufficient => (ActionCode.RaiseVitaminDLevel, Targets.VitaminDLevel(profile.AgeYears)),
        ReasonCode.BloodSugarDiabetesRange => (ActionCode.AskClinicianAboutBloodSugar, Targets.FromReason(reason)),
        ReasonCode.BloodSugarPrediabetesRange => (ActionCode.SteadyBloodSugar, Targets.BloodSugar()),
        ReasonCode.MedicineAffectsBone => (ActionCode.AskClinicianAboutMedicines, WeeklyTarget.OneOff()),
        ReasonCode.WaistIncreasedRisk or ReasonCode.WaistSubstantialRisk => (ActionCode.ReduceWaist, Targets.Waist()),
        ReasonCode.SleepTooShort => (ActionCode.ImproveSleep, Targets.Sleep(profile.AgeYears)),
        ReasonCode.SleepInRange => (ActionCode.KeepSleep, Targets.Sleep(profile.AgeYears)),
        ReasonCode.SugarOrUltraProcessedMostDays => (ActionCode.CutDownSugarAndUltraProcessed, WeeklyTarget.OneOff()),
        ReasonCode.Smoking => (ActionCode.StopSmoking, WeeklyTarget.OneOff()),
        ReasonCode.AlcoholAboveLowRiskGuidance or ReasonCode.AlcoholThreeOrMoreUnitsADay => (ActionCode.CutDownAlcohol, Targets.Alcohol()),
        ReasonCode.Omega3BelowCommonGuidance => (ActionCode.AddOmega3Foods, Targets.Omega3()),
        _ => null,
    };

    private static (ActionCode, WeeklyTarget)? SubstrateOrMinerals(Reason reason, Profile profile) => reason.Code switch
    {
        // With kidney disease (stage 3 or worse) protein is never raised by the bot (KDIGO 2024): her clinician decides.
        ReasonCode.ProteinBelowTarget or ReasonCode.ProteinBelowFloor => SubstrateAssessment.NeedsKidneyCaution(profile)
            ? null
            : (ActionCode.RaiseProtein, Targets.Protein(profile.WeightKg!.Value)),
        ReasonCode.ProteinAtTarget => SubstrateAssessment.NeedsKidneyCaution(profile)
            ? null
            : (ActionCode.KeepProtein, Targets.Protein(profile.WeightKg!.Value)),
        ReasonCode.KidneyCautionBeforeRaisingProtein => (ActionCode.AskClinicianBeforeRaisingProtein, Targets.KidneyProtein()),
        ReasonCode.CalciumBelowRda =>
            (ActionCode.ReachCalciumRda, Targets.DailySupplement(FigureName.CalciumRdaMgPerDay, CalciumRdaMgPerDay)),
        ReasonCode.CalciumAboveUpperLimit => (ActionCode.LowerCalciumBelowUpperLimit, Targets.FromReason(reason)),
        ReasonCode.VitaminDIntakeBelowRda => (ActionCode.ReachVitaminDRda,
            Targets.DailySupplement(FigureName.VitaminDRdaIuPerDay, MineralsAssessment.VitaminDRdaIu(profile.AgeYears))),
        ReasonCode.VitaminDAboveUpperLimit => (ActionCode.LowerVitaminDBelowUpperLimit, Targets.FromReason(reason)),
        ReasonCode.MagnesiumBelowRda =>
            (ActionCode.ReachMagnesiumRda, WeeklyTarget.OneOff((FigureName.MagnesiumRdaMgPerDay, MagnesiumRdaMgPerDay))),
        ReasonCode.MagnesiumSupplementAboveUpperLimit => (ActionCode.LowerMagnesiumSupplement, Targets.FromReason(reason)),
        ReasonCode.VitaminKWithWarfarin => (ActionCode.AskClinicianBeforeVitaminK, WeeklyTarget.OneOff()),
        _ => null,
    };
}
