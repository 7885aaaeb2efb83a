namespace BoneCoach.Assessment.Tests;

// A record that touches every part of the summary: flags with figures, an emergency-free plan with notes, decimals,
// durations, flags enums with several values, check-ins and concerns reported along the way.
internal static class GoldenInputs
{
    public static (Profile Profile, LayerAnswers Answers, ProgressReport Progress, IReadOnlyList<ReportedConcern> Reported) Rich()
    {
        var profile = Personas.Anna with
        {
            AgeYears = 67, WeightKg = 58.5, HeightCm = 161.3, YearsSinceMenopause = 14.4,
            LowTraumaFractureAfter50 = true, HeightLossHistoricalCm = 4.5, TakesOralGlucocorticoids = true,
            OralGlucocorticoidPrednisoloneMgPerDay = 7.5, OralGlucocorticoidMonths = 5, KnownTScore = -2.7,
            KidneyEgfr = 52, KidneyDisease = KidneyDisease.Stage3, EarlyMenopause = YesNoNotSure.NotSure,
            BoneLossConditions = BoneLossConditions.OveractiveThyroid | BoneLossConditions.Type1Diabetes,
            BoneLossMedicines = BoneLossMedicines.LongTermProtonPumpInhibitor,
            HormoneTherapyContraindications = HormoneTherapyContraindications.Stroke | HormoneTherapyContraindications.LiverDisease,
            Frax = new FraxScores { HipFracturePercent = 3.4, MajorOsteoporoticFracturePercent = 21.5 },
        };
        var answers = Personas.AllOnTrack with
        {
            Loading = new LoadingAnswers { StrengthSessionsPerWeek = 1, StrengthIntensity = StrengthIntensity.Light, ImpactDaysPerWeek = 1, WalkingDaysPerWeek = 5, AtRiskOfFalls = true, FallsInLastYear = 1 },
            Endocrine = new EndocrineAnswers { HormoneTherapy = HormoneTherapyStatus.Never, AsksAboutHormoneTherapy = true, VitaminDNgPerMl = 17.5, HbA1cPercent = 5.9 },
            Substrate = new SubstrateAnswers { ProteinGramsPerDay = 52.5, ProteinIsMealEstimate = true },
            Inflammation = new InflammationAnswers { WaistCm = 86.5, SleepHoursPerNight = 6.5, SugarOrUltraProcessed = IntakeFrequency.MostDays, AlcoholUnitsPerWeek = 9, Smokes = false, Omega3MgPerDay = 150 },
            Minerals = Personas.AllOnTrack.Minerals with { CalciumFoodMgPerDay = 650, VitaminDSupplementIuPerDay = 1000, TakesVitaminK2 = true, FocusedOnSupplements = true },
        };
        var plan = BoneAssessment.Assess(profile, answers).Plan;
        var progress = ProgressTracker.Track(plan,
        [
            new CheckIn { WeekStarting = new DateOnly(2026, 2, 23), StrengthSessionsDone = 1, ImpactDaysDone = 2, AverageSleepHours = 6.5 },
            new CheckIn { WeekStarting = new DateOnly(2026, 3, 2), StrengthSessionsDone = 2, ImpactDaysDone = 3, AverageSleepHours = 7.25 },
        ]);
        ReportedConcern[] reported =
        [
            new(new DateOnly(2026, 3, 2), Urgency.Clinician, "weekly check-in", Code: RedFlagCode.NewFallReported),
            new(new DateOnly(2026, 1, 9), Urgency.Emergency, "said in the chat", What: "chest pain"),
        ];
        return (profile, answers, progress, reported);
    }
}
