using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// The concrete weekly targets, each carrying the numbers the bot shows.
internal static class Targets
{
    // LIFTMOR: 2 sessions/week, 5 × 5 at a weight she can lift about 5 times (>80–85% 1RM), ~30 min.
    public static WeeklyTarget Strength(StrengthStage stage) =>
        stage == StrengthStage.Heavy ? HeavyStrength() : StarterStrength() with { Stage = stage };

    public static WeeklyTarget HeavyStrength() => HeavyStrengthFigures() with { Stage = StrengthStage.Heavy };

    private static WeeklyTarget HeavyStrengthFigures() => WeeklyTarget.Tracked(TargetMetric.StrengthSessions, StrengthSessionsPerWeekMin,
        (FigureName.StrengthSessionsPerWeek, StrengthSessionsPerWeekMin),
        (FigureName.StrengthSessionsPerWeekMax, StrengthSessionsPerWeekMax),
        (FigureName.Sets, HeavySets),
        (FigureName.Reps, HeavyReps),
        (FigureName.RepMaxWeight, HeavyRepMax),
        (FigureName.PercentOneRepMaxLow, HeavyPercentOneRepMaxLow),
        (FigureName.PercentOneRepMaxHigh, HeavyPercentOneRepMaxHigh),
        (FigureName.SessionMinutes, HeavySessionMinutes));

    // Too Fit to Fracture: ≥ 2 days/week, 1–3 sets of 8–12 reps — the start for beginners and when falls or fractures call for care.
    private static WeeklyTarget StarterStrength() => WeeklyTarget.Tracked(TargetMetric.StrengthSessions, StrengthSessionsPerWeekMin,
        (FigureName.StrengthSessionsPerWeek, StrengthSessionsPerWeekMin),
        (FigureName.Sets, StarterSetsMin),
        (FigureName.SetsMax, StarterSetsMax),
        (FigureName.Reps, StarterRepsMin),
        (FigureName.RepsMax, StarterRepsMax));

    // Strong, Steady and Straight: balance at least twice a week, counted at each weekly check-in.
    public static WeeklyTarget Balance() => WeeklyTarget.Tracked(TargetMetric.BalanceSessions, BalanceSessionsPerWeekMin,
        (FigureName.BalanceSessionsPerWeek, BalanceSessionsPerWeekMin));

    // KDIGO 2024: about 0.8 g/kg in CKD stage 3–5 not on dialysis; her clinician decides.
    public static WeeklyTarget KidneyProtein() => WeeklyTarget.OneOff((FigureName.KidneyProteinGramsPerKg, KidneyProteinGramsPerKg));

    public static WeeklyTarget Alcohol() => WeeklyTarget.OneOff((FigureName.AlcoholLowRiskUnitsPerWeek, AlcoholLowRiskUnitsPerWeek));

    public static WeeklyTarget Impact() => WeeklyTarget.Tracked(TargetMetric.ImpactDays, ImpactDaysPerWeekTarget,
        (FigureName.ImpactDaysPerWeek, ImpactDaysPerWeekTarget));

    // e.g. 72 g/day = 1.2 g/kg × 60 kg, every day of the week.
    public static WeeklyTarget Protein(double weightKg) => WeeklyTarget.Tracked(TargetMetric.ProteinDaysAtTarget, DaysPerWeek,
        (FigureName.ProteinTargetGramsPerDay, SubstrateAssessment.TargetGramsPerDay(weightKg)),
        (FigureName.ProteinTargetGramsPerKg, ProteinTargetGramsPerKg),
        (FigureName.ProteinUpperGramsPerKg, ProteinUpperGramsPerKg),
        (FigureName.WeightKg, weightKg),
        (FigureName.DaysPerWeek, DaysPerWeek));

    public static WeeklyTarget Sleep(int? ageYears) => WeeklyTarget.Tracked(TargetMetric.AverageSleepHours, SleepMinHours,
        (FigureName.SleepMinHours, SleepMinHours),
        (FigureName.SleepMaxHours, InflammationAssessment.SleepMaxHours(ageYears)));

    public static WeeklyTarget DailySupplement(FigureName name, double amount) =>
        WeeklyTarget.Tracked(TargetMetric.SupplementDays, DaysPerWeek, (name, amount), (FigureName.DaysPerWeek, DaysPerWeek));

    // The blood-level goal; the daily intake that gets there is the minerals layer's step.
    public static WeeklyTarget VitaminDLevel(int? ageYears) => WeeklyTarget.OneOff(
        (FigureName.VitaminDNgPerMl, VitaminDAdequateNgPerMl),
        (FigureName.VitaminDRdaIuPerDay, MineralsAssessment.VitaminDRdaIu(ageYears)));

    public static WeeklyTarget BloodSugar() => WeeklyTarget.OneOff(
        (FigureName.HbA1cPercent, HbA1cPrediabetesPercent),
        (FigureName.FastingGlucoseMgPerDl, FastingGlucosePrediabetesMgPerDl));

    public static WeeklyTarget Waist() => WeeklyTarget.OneOff((FigureName.WaistCm, WaistIncreasedRiskCm));

    public static WeeklyTarget Omega3() => WeeklyTarget.OneOff(
        (FigureName.Omega3LowMgPerDay, Omega3LowMgPerDay), (FigureName.Omega3HighMgPerDay, Omega3HighMgPerDay));

    public static WeeklyTarget FromReason(Reason reason) =>
        new(TargetMetric.None, null, reason.Figures);
}
