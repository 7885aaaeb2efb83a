using BoneCoach.Assessment;

namespace BoneCoachBot.Tests.Wording;

/// <summary>Hand-made women whose results the card tests read, each assessed by the real core.</summary>
internal static class Personas
{
    public static readonly Profile SixtyKilos = new()
    {
        AgeYears = 58, WeightKg = 60, HeightCm = 165, YearsSinceMenopause = 6,
        LowTraumaFractureAfter50 = false, HormoneTherapyContraindications = HormoneTherapyContraindications.None,
    };

    // Weak loading and protein, minerals covered, here for supplements: the plan must lead with loading.
    public static AssessmentResult WeakLoadingStrongMinerals() => BoneAssessment.Assess(SixtyKilos, new LayerAnswers
    {
        Loading = new LoadingAnswers { StrengthSessionsPerWeek = 0, ImpactDaysPerWeek = 1, WalkingDaysPerWeek = 6 },
        Endocrine = new EndocrineAnswers { HormoneTherapy = HormoneTherapyStatus.Never, VitaminDNgPerMl = 32 },
        Substrate = new SubstrateAnswers { ProteinGramsPerDay = 50 },
        Inflammation = new InflammationAnswers { WaistCm = 76, SleepHoursPerNight = 7.5, Smokes = false },
        Minerals = new MineralsAnswers
        {
            CalciumFoodMgPerDay = 900, CalciumSupplementMgPerDay = 500, VitaminDSupplementIuPerDay = 800,
            MagnesiumFoodMgPerDay = 300, MagnesiumSupplementMgPerDay = 100, FocusedOnSupplements = true,
        },
    });

    // A past fracture from a fall: loading goes to the clinician, the rest is coached.
    public static AssessmentResult FractureAfterFifty() => BoneAssessment.Assess(
        SixtyKilos with { LowTraumaFractureAfter50 = true, AgeYears = 66, YearsSinceMenopause = 15 },
        new LayerAnswers
        {
            Loading = new LoadingAnswers { StrengthSessionsPerWeek = 0, ImpactDaysPerWeek = 0 },
            Substrate = new SubstrateAnswers { ProteinGramsPerDay = 60 },
            Minerals = new MineralsAnswers { CalciumFoodMgPerDay = 700, CalciumSupplementMgPerDay = 0 },
        });

    // Sudden severe back pain: loading pauses until a clinician has looked.
    public static AssessmentResult BackPain() => BoneAssessment.Assess(
        SixtyKilos with { SuddenSevereBackPain = true, AgeYears = 66, YearsSinceMenopause = 15 },
        new LayerAnswers
        {
            Loading = new LoadingAnswers { StrengthSessionsPerWeek = 0, ImpactDaysPerWeek = 0 },
            Substrate = new SubstrateAnswers { ProteinGramsPerDay = 60 },
            Minerals = new MineralsAnswers { CalciumFoodMgPerDay = 700, CalciumSupplementMgPerDay = 0 },
        });

    public static AssessmentResult ChestPain() => BoneAssessment.Assess(
        SixtyKilos with { UrgentSymptoms = UrgentSymptoms.ChestPain },
        new LayerAnswers { Loading = new LoadingAnswers { StrengthSessionsPerWeek = 0 } });

    // Within the hormone-therapy window, never on it: the plan suggests a conversation, never a product or dose.
    public static AssessmentResult InHormoneWindow() => BoneAssessment.Assess(SixtyKilos with { AgeYears = 54, YearsSinceMenopause = 3 },
        new LayerAnswers { Endocrine = new EndocrineAnswers { HormoneTherapy = HormoneTherapyStatus.Never, AsksAboutHormoneTherapy = true } });
}
