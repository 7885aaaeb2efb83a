namespace BoneCoach.Assessment;

// DOMAIN.md "Red flags". Append new codes; never renumber.
public enum RedFlagCode
{
    LowTraumaFractureAfter50,
    HeightLossHistorical,
    HeightLossMeasured,
    SuddenSevereBackPain,
    GrowingStoop,
    LongTermOralGlucocorticoids,
    OsteoporosisTScore,
    FraxHipAboveThreshold,
    FraxMajorOsteoporoticAboveThreshold,
    LowBmi,
    HormoneTherapyContraindicated,
    UrgentChestPain,
    UrgentStrokeSigns,
    UrgentFallWithSuspectedBreak,
    NewFallReported,
    NewFractureReported,
    NewBackPainReported,
}
