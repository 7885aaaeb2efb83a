using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Maps each finding to the plan step that answers it (or none: some findings only inform).
internal static class ActionCatalog
{
    public static (ActionCode Code, WeeklyTarget Target)? ForReason(Reason reason, Profile profile, LayerAnswers answers) =>
        reason.Code switch
        {
            ReasonCode.NoStrengthTraining => (ActionCode.StartStrengthTraining, Strength(profile, answers)),
            ReasonCode.StrengthTrainingBelowDose => (ActionCode.ReachStrengthDose, Strength(profile, answers)),
            ReasonCode.StrengthIntensityTooLight => LoadingAssessment.ImpactIsRestricted(profile, answers.Loading)
                ? null
                : (ActionCode.ProgressToHeavierLoad, Targets.HeavyStrength()),
            ReasonCode.StrengthTrainingAtDose => (ActionCode.KeepStrengthTraining, Strength(profile, answers)),
            ReasonCode.ImpactBelowMostDays => (ActionCode.AddImpactOnMostDays, Targets.Impact()),
            ReasonCode.ImpactOnMostDays => (ActionCode.KeepImpact, Targets.Impact()),
            ReasonCode.ImpactRestrictedByFractures => (ActionCode.StartWithPhysiotherapist, WeeklyTarget.OneOff()),
            ReasonCode.FallRiskStartWithStrengthAndBalance => (ActionCode.StrengthAndBalanceFirst, WeeklyTarget.OneOff()),
            _ => EndocrineOrInflammation(reason, profile) ?? SubstrateOrMinerals(reason, profile),
        };

    // Start gently (Too Fit to Fracture dose) when falls or fractures call for care; otherwise the LIFTMOR dose.
    private static WeeklyTarget Strength(Profile profile, LayerAnswers answers) =>
        LoadingAssessment.ImpactIsRestricted(profile, answers.Loading) || answers.Loading.AtRiskOfFalls == true
            ? Targets.StarterStrength()
            : Targets.HeavyStrength();

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
        ReasonCode.AlcoholMostDays => (ActionCode.CutDownAlcohol, WeeklyTarget.OneOff()),
        ReasonCode.Omega3BelowCommonGuidance => (ActionCode.AddOmega3Foods, Targets.Omega3()),
        _ => null,
    };

    private static (ActionCode, WeeklyTarget)? SubstrateOrMinerals(Reason reason, Profile profile) => reason.Code switch
    {
        // With weak kidneys a clinician decides first (PROT-AGE), so no raised target is set.
        ReasonCode.ProteinBelowTarget or ReasonCode.ProteinBelowFloor => SubstrateAssessment.NeedsKidneyCaution(profile)
            ? null
            : (ActionCode.RaiseProtein, Targets.Protein(profile.WeightKg!.Value)),
        ReasonCode.ProteinAtTarget => (ActionCode.KeepProtein, Targets.Protein(profile.WeightKg!.Value)),
        ReasonCode.KidneyCautionBeforeRaisingProtein => (ActionCode.AskClinicianBeforeRaisingProtein, Targets.FromReason(reason)),
        ReasonCode.CalciumBelowRda =>
            (ActionCode.ReachCalciumRda, Targets.DailySupplement(FigureName.CalciumRdaMgPerDay, CalciumRdaMgPerDay)),
        ReasonCode.CalciumAboveUpperLimit => (ActionCode.LowerCalciumBelowUpperLimit, Targets.FromReason(reason)),
        ReasonCode.VitaminDIntakeBelowRda => (ActionCode.ReachVitaminDRda,
            Targets.DailySupplement(FigureName.VitaminDRdaIuPerDay, MineralsAssessment.VitaminDRdaIu(profile.AgeYears))),
        ReasonCode.VitaminDAboveUpperLimit => (ActionCode.LowerVitaminDBelowUpperLimit, Targets.FromReason(reason)),
        ReasonCode.MagnesiumBelowRda =>
            (ActionCode.ReachMagnesiumRda, WeeklyTarget.OneOff((FigureName.MagnesiumRdaMgPerDay, MagnesiumRdaMgPerDay))),
        ReasonCode.MagnesiumSupplementAboveUpperLimit => (ActionCode.LowerMagnesiumSupplement, Targets.FromReason(reason)),
        _ => null,
    };
}
