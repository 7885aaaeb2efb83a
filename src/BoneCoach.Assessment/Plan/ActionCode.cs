namespace BoneCoach.Assessment;

// Stable codes the bot maps to its own wording for the plan card. Append new codes; never renumber.
public enum ActionCode
{
    // Loading
    StartStrengthTraining,
    ReachStrengthDose,
    ProgressToHeavierLoad,
    KeepStrengthTraining,
    AddImpactOnMostDays,
    KeepImpact,
    StartWithPhysiotherapist,
    StrengthAndBalanceFirst,

    // Endocrine
    DiscussHormoneTherapyWithClinician,
    AskClinicianAboutLowVitaminD,
    RaiseVitaminDLevel,
    AskClinicianAboutBloodSugar,
    SteadyBloodSugar,
    AskClinicianAboutMedicines,

    // Inflammation
    ReduceWaist,
    ImproveSleep,
    KeepSleep,
    CutDownSugarAndUltraProcessed,
    StopSmoking,
    CutDownAlcohol,
    AddOmega3Foods,

    // Substrate
    RaiseProtein,
    KeepProtein,
    AskClinicianBeforeRaisingProtein,

    // Minerals
    ReachCalciumRda,
    LowerCalciumBelowUpperLimit,
    ReachVitaminDRda,
    LowerVitaminDBelowUpperLimit,
    ReachMagnesiumRda,
    LowerMagnesiumSupplement,

    // Red flags
    ReferToClinician,

    // Added by the clinical review (issue 13)
    KeepImpactToBriskWalking,
    AvoidLoadedForwardBending,
    PractiseBalance,
    KeepBalance,
    KeepMovingGentlyUntilSeen,
    AskClinicianBeforeVitaminK,
}
