using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Layer 4: inflammatory tone — visceral fat (waist), sleep, smoking, diet and alcohol, omega-3.
public static class InflammationAssessment
{
    public static LayerResult Assess(Profile profile, LayerAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(answers);
        var inflammation = answers.Inflammation;
        var reasons = new ReasonList();
        AddWaist(inflammation, reasons);
        AddSleep(profile, inflammation, reasons);
        AddHabits(inflammation, reasons);
        AddOmega3(inflammation, reasons);
        var hasKeyAnswer = inflammation.WaistCm is not null || inflammation.SleepHoursPerNight is not null
            || inflammation.Smokes is not null || inflammation.SugarOrUltraProcessed is not null
            || inflammation.AlcoholUnitsPerWeek is not null;
        return LayerResult.From(Layer.Inflammation, hasKeyAnswer, reasons.Items);
    }

    // National Sleep Foundation 2015: the upper end narrows from 9 h to 8 h at 65; unknown age uses the wider band.
    public static double SleepMaxHours(int? ageYears) =>
        ageYears >= SleepOlderAdultAgeYears ? SleepMaxHoursOlder : SleepMaxHoursUnder65;

    private static void AddWaist(InflammationAnswers inflammation, ReasonList reasons)
    {
        if (inflammation.WaistCm is not { } waist)
        {
            return;
        }

        var (code, severity, threshold) = waist switch
        {
            >= WaistSubstantialRiskCm => (ReasonCode.WaistSubstantialRisk, Severity.Priority, WaistSubstantialRiskCm),
            >= WaistIncreasedRiskCm => (ReasonCode.WaistIncreasedRisk, Severity.NeedsWork, WaistIncreasedRiskCm),
            _ => (ReasonCode.WaistBelowRisk, Severity.Fine, WaistIncreasedRiskCm),
        };
        reasons.Add(code, severity, (FigureName.WaistCm, waist), (FigureName.Threshold, threshold));
    }

    private static void AddSleep(Profile profile, InflammationAnswers inflammation, ReasonList reasons)
    {
        if (inflammation.SleepHoursPerNight is not { } hours)
        {
            return;
        }

        var max = SleepMaxHours(profile.AgeYears);
        var (code, severity) = hours switch
        {
            < SleepMinHours => (ReasonCode.SleepTooShort, Severity.NeedsWork),
            _ when hours > max => (ReasonCode.SleepLongerThanRange, Severity.Note),
            _ => (ReasonCode.SleepInRange, Severity.Fine),
        };
        reasons.Add(code, severity,
            (FigureName.SleepHours, hours), (FigureName.SleepMinHours, SleepMinHours), (FigureName.SleepMaxHours, max));
    }

    // DOMAIN.md has no number for sugar, so only "most days" counts; smoking at all does.
    private static void AddHabits(InflammationAnswers inflammation, ReasonList reasons)
    {
        if (inflammation.SugarOrUltraProcessed == IntakeFrequency.MostDays)
        {
            reasons.Add(ReasonCode.SugarOrUltraProcessedMostDays, Severity.NeedsWork);
        }

        if (inflammation.Smokes == true)
        {
            reasons.Add(ReasonCode.Smoking, Severity.NeedsWork);
        }

        AddAlcohol(inflammation, reasons);
    }

    // Judged by amount, not by how often (FRAX: ≥ 3 units a day; UK CMO 2016: ≤ 14 units a week).
    private static void AddAlcohol(InflammationAnswers inflammation, ReasonList reasons)
    {
        if (inflammation.AlcoholUnitsPerWeek is not { } units)
        {
            return;
        }

        var figures = new[] { (FigureName.AlcoholUnitsPerWeek, units), (FigureName.AlcoholLowRiskUnitsPerWeek, AlcoholLowRiskUnitsPerWeek) };
        if (units >= AlcoholFraxUnitsPerDay * DaysPerWeek)
        {
            reasons.Add(ReasonCode.AlcoholThreeOrMoreUnitsADay, Severity.Priority,
                [.. figures, (FigureName.AlcoholFraxUnitsPerDay, AlcoholFraxUnitsPerDay)]);
        }
        else if (units > AlcoholLowRiskUnitsPerWeek)
        {
            reasons.Add(ReasonCode.AlcoholAboveLowRiskGuidance, Severity.NeedsWork, figures);
        }
    }

    // Evidence on bone is inconsistent (Nutrients 2023): a note, never a reason to mark the layer down.
    private static void AddOmega3(InflammationAnswers inflammation, ReasonList reasons)
    {
        if (inflammation.Omega3MgPerDay is { } omega3 && omega3 < Omega3LowMgPerDay)
        {
            reasons.Add(ReasonCode.Omega3BelowCommonGuidance, Severity.Note,
                (FigureName.Omega3MgPerDay, omega3),
                (FigureName.Omega3LowMgPerDay, Omega3LowMgPerDay),
                (FigureName.Omega3HighMgPerDay, Omega3HighMgPerDay));
        }
    }
}
