namespace BoneCoach.Assessment;

// Stable codes the bot maps to its own wording. Append new codes; never renumber.
public enum ReasonCode
{
    // Loading
    StrengthTrainingAtDose,
    NoStrengthTraining,
    StrengthTrainingBelowDose,
    StrengthIntensityTooLight,
    WalkingAloneIsNotEnough,
    ImpactOnMostDays,
    ImpactBelowMostDays,
    ImpactRestrictedByFractures,
    FallRiskStartWithStrengthAndBalance,

    // Endocrine
    OnHormoneTherapy,
    HormoneTherapyWindowOpen,
    HormoneTherapyNotSuitable,
    VitaminDAdequate,
    VitaminDInsufficient,
    VitaminDDeficient,
    BloodSugarNormal,
    BloodSugarPrediabetesRange,
    BloodSugarDiabetesRange,
    MedicineAffectsBone,

    // Substrate
    ProteinAtTarget,
    ProteinBelowTarget,
    ProteinBelowFloor,
    KidneyCautionBeforeRaisingProtein,

    // Inflammation
    WaistBelowRisk,
    WaistIncreasedRisk,
    WaistSubstantialRisk,
    SleepInRange,
    SleepTooShort,
    SleepLongerThanRange,
    SugarOrUltraProcessedMostDays,
    Smoking,
    // No longer produced: alcohol is judged by units (issue 13); kept so stored codes keep their numbers.
    AlcoholMostDays,
    Omega3BelowCommonGuidance,

    // Minerals
    CalciumAtRda,
    CalciumBelowRda,
    CalciumAboveUpperLimit,
    VitaminDIntakeAtRda,
    VitaminDIntakeBelowRda,
    VitaminDAboveUpperLimit,
    VitaminDHighDoseNoFractureBenefit,
    MagnesiumAtRda,
    MagnesiumBelowRda,
    MagnesiumSupplementAboveUpperLimit,
    VitaminK2OptionalNotAFix,
    VitaminDAboveRdaNotNeeded,

    // Added by the clinical review (issue 13)
    NoLoadedForwardBending,
    PhysiotherapistLedLoading,
    BalanceAtTwiceAWeek,
    BalanceBelowTwiceAWeek,
    AlcoholAboveLowRiskGuidance,
    AlcoholThreeOrMoreUnitsADay,
    VitaminKWithWarfarin,
}
