namespace BoneCoach.Assessment.Tests;

public class InflammationAssessmentTests
{
    // WHO/IDF (Europid women): ≥ 80 cm increased, ≥ 88 cm substantially increased.
    public static TheoryData<double, ReasonCode, LayerStatus> WaistRows => new()
    {
        { 79.9, ReasonCode.WaistBelowRisk, LayerStatus.OnTrack },
        { 80, ReasonCode.WaistIncreasedRisk, LayerStatus.NeedsWork },
        { 87.9, ReasonCode.WaistIncreasedRisk, LayerStatus.NeedsWork },
        { 88, ReasonCode.WaistSubstantialRisk, LayerStatus.Priority },
        { 102, ReasonCode.WaistSubstantialRisk, LayerStatus.Priority },
    };

    [Theory]
    [MemberData(nameof(WaistRows))]
    public void Waist_bands_follow_WHO_IDF(double waistCm, ReasonCode expected, LayerStatus status)
    {
        var answers = Personas.With(Personas.AllOnTrack.Inflammation with { WaistCm = waistCm });

        var result = InflammationAssessment.Assess(Personas.Anna, answers);

        Assert.True(result.Has(expected));
        Assert.Equal(status, result.Status);
    }

    // National Sleep Foundation 2015: 7–9 h under 65, 7–8 h from 65.
    public static TheoryData<int, double, ReasonCode, LayerStatus> SleepRows => new()
    {
        { 58, 6.9, ReasonCode.SleepTooShort, LayerStatus.NeedsWork },
        { 58, 7, ReasonCode.SleepInRange, LayerStatus.OnTrack },
        { 58, 9, ReasonCode.SleepInRange, LayerStatus.OnTrack },
        { 58, 9.05, ReasonCode.SleepLongerThanRange, LayerStatus.OnTrack },
        { 64, 8.5, ReasonCode.SleepInRange, LayerStatus.OnTrack },
        { 65, 8, ReasonCode.SleepInRange, LayerStatus.OnTrack },
        { 65, 8.05, ReasonCode.SleepLongerThanRange, LayerStatus.OnTrack },
        { 72, 6, ReasonCode.SleepTooShort, LayerStatus.NeedsWork },
    };

    [Theory]
    [MemberData(nameof(SleepRows))]
    public void Sleep_range_narrows_at_65(int age, double hours, ReasonCode expected, LayerStatus status)
    {
        var profile = Personas.Anna with { AgeYears = age };
        var answers = Personas.With(Personas.AllOnTrack.Inflammation with { SleepHoursPerNight = hours });

        var result = InflammationAssessment.Assess(profile, answers);

        Assert.True(result.Has(expected));
        Assert.Equal(status, result.Status);
    }

    [Theory]
    [InlineData(ReasonCode.Smoking)]
    [InlineData(ReasonCode.SugarOrUltraProcessedMostDays)]
    [InlineData(ReasonCode.AlcoholAboveLowRiskGuidance)]
    public void Smoking_and_daily_habits_need_work(ReasonCode expected)
    {
        var inflammation = Personas.AllOnTrack.Inflammation with
        {
            Smokes = expected == ReasonCode.Smoking,
            SugarOrUltraProcessed = expected == ReasonCode.SugarOrUltraProcessedMostDays ? IntakeFrequency.MostDays : IntakeFrequency.SomeDays,
            AlcoholUnitsPerWeek = expected == ReasonCode.AlcoholAboveLowRiskGuidance ? 15 : 14,
        };

        var result = InflammationAssessment.Assess(Personas.Anna, Personas.With(inflammation));

        Assert.Equal([expected], result.Reasons.Where(r => r.Severity == Severity.NeedsWork).Select(r => r.Code));
        Assert.Equal(LayerStatus.NeedsWork, result.Status);
    }

    // Alcohol is judged by amount: above 14 units a week needs work, 3 units a day (21 a week) is FRAX's risk level;
    // drinking most days at a low amount is not marked down.
    [Theory]
    [InlineData(14, null)]
    [InlineData(15, ReasonCode.AlcoholAboveLowRiskGuidance)]
    [InlineData(21, ReasonCode.AlcoholThreeOrMoreUnitsADay)]
    public void Alcohol_is_judged_by_units_not_by_how_often(double unitsPerWeek, ReasonCode? expected)
    {
        var inflammation = Personas.AllOnTrack.Inflammation with { Alcohol = IntakeFrequency.MostDays, AlcoholUnitsPerWeek = unitsPerWeek };

        var result = InflammationAssessment.Assess(Personas.Anna, Personas.With(inflammation));

        var alcohol = result.Reasons.Select(r => r.Code).Where(c => c.ToString().StartsWith("Alcohol", StringComparison.Ordinal));
        Assert.Equal(expected is { } code ? [code] : [], alcohol);
    }

    // Common guidance 250–500 mg/day EPA+DHA; evidence on bone is inconsistent, so only a note.
    [Theory]
    [InlineData(0, true)]
    [InlineData(249, true)]
    [InlineData(250, false)]
    [InlineData(1000, false)]
    public void Omega3_below_250_mg_is_a_note_not_a_problem(double mg, bool noted)
    {
        var answers = Personas.With(Personas.AllOnTrack.Inflammation with { Omega3MgPerDay = mg });

        var result = InflammationAssessment.Assess(Personas.Anna, answers);

        Assert.Equal(noted, result.Has(ReasonCode.Omega3BelowCommonGuidance));
        Assert.Equal(LayerStatus.OnTrack, result.Status);
    }
}
