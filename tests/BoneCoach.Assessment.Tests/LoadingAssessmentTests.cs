namespace BoneCoach.Assessment.Tests;

public class LoadingAssessmentTests
{
    // Strength sessions per week and intensity against "≥ 2 days/week" and LIFTMOR's heavy 5 × 5.
    public static TheoryData<int, StrengthIntensity?, ReasonCode, LayerStatus, string> StrengthRows => new()
    {
        { 0, null, ReasonCode.NoStrengthTraining, LayerStatus.Priority, "no strength at all: the primary driver is missing" },
        { 1, StrengthIntensity.Heavy, ReasonCode.StrengthTrainingBelowDose, LayerStatus.NeedsWork, "SSS 2022 / TFTF: ≥ 2 days a week" },
        { 2, StrengthIntensity.Heavy, ReasonCode.StrengthTrainingAtDose, LayerStatus.OnTrack, "LIFTMOR 2×/week heavy (pubmed 28975661)" },
        { 3, null, ReasonCode.StrengthTrainingAtDose, LayerStatus.OnTrack, "SSS 2022: 2–3 days a week, intensity unknown" },
        { 2, StrengthIntensity.Moderate, ReasonCode.StrengthIntensityTooLight, LayerStatus.NeedsWork, "LIFTMOR >80–85% 1RM" },
        { 3, StrengthIntensity.Light, ReasonCode.StrengthIntensityTooLight, LayerStatus.NeedsWork, "walking-level strain does not cross the threshold" },
    };

    [Theory]
    [MemberData(nameof(StrengthRows))]
    public void Strength_sessions_and_intensity_set_the_status(
        int sessions, StrengthIntensity? intensity, ReasonCode expected, LayerStatus status, string source)
    {
        var answers = Personas.With(new LoadingAnswers { StrengthSessionsPerWeek = sessions, StrengthIntensity = intensity, ImpactDaysPerWeek = 4 });

        var result = LoadingAssessment.Assess(Personas.Anna, answers);

        Assert.True(result.Has(expected), source);
        Assert.Equal(status, result.Status);
    }

    // "Moderate impact on most days" (SSS 2022): 4 of 7 days is the boundary.
    public static TheoryData<int, ReasonCode, LayerStatus> ImpactRows => new()
    {
        { 0, ReasonCode.ImpactBelowMostDays, LayerStatus.NeedsWork },
        { 3, ReasonCode.ImpactBelowMostDays, LayerStatus.NeedsWork },
        { 4, ReasonCode.ImpactOnMostDays, LayerStatus.OnTrack },
        { 7, ReasonCode.ImpactOnMostDays, LayerStatus.OnTrack },
    };

    [Theory]
    [MemberData(nameof(ImpactRows))]
    public void Impact_on_most_days_is_four_days_a_week(int days, ReasonCode expected, LayerStatus status)
    {
        var answers = Personas.With(new LoadingAnswers { StrengthSessionsPerWeek = 2, StrengthIntensity = StrengthIntensity.Heavy, ImpactDaysPerWeek = days });

        var result = LoadingAssessment.Assess(Personas.Anna, answers);

        Assert.True(result.Has(expected));
        Assert.Equal(status, result.Status);
        Assert.Equal(days, result.Reasons.Single(r => r.Code == expected).FigureValue(FigureName.ImpactDaysPerWeek));
    }

    [Fact]
    public void Walking_without_strength_training_is_flagged_as_not_enough()
    {
        var answers = Personas.With(new LoadingAnswers { StrengthSessionsPerWeek = 0, WalkingDaysPerWeek = 6 });

        var result = LoadingAssessment.Assess(Personas.Anna, answers);

        Assert.True(result.Has(ReasonCode.WalkingAloneIsNotEnough));
        Assert.Equal(LayerStatus.Priority, result.Status);
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(null, true)]
    public void A_vertebral_or_several_fractures_hold_back_impact(bool? vertebral, bool? several)
    {
        var profile = Personas.Anna with { KnownVertebralFracture = vertebral };
        var answers = Personas.With(new LoadingAnswers { StrengthSessionsPerWeek = 2, ImpactDaysPerWeek = 0, SeveralLowTraumaFractures = several });

        var result = LoadingAssessment.Assess(profile, answers);

        Assert.True(result.Has(ReasonCode.ImpactRestrictedByFractures));
        Assert.False(result.Has(ReasonCode.ImpactBelowMostDays));
    }

    [Fact]
    public void Fall_risk_starts_with_strength_and_balance()
    {
        var answers = Personas.With(new LoadingAnswers { StrengthSessionsPerWeek = 2, AtRiskOfFalls = true });

        var result = LoadingAssessment.Assess(Personas.Anna, answers);

        Assert.True(result.Has(ReasonCode.FallRiskStartWithStrengthAndBalance));
    }

    [Fact]
    public void No_strength_or_impact_answer_is_not_enough_information()
    {
        var answers = Personas.With(new LoadingAnswers { WalkingDaysPerWeek = 5, BalanceSessionsPerWeek = 1 });

        Assert.Equal(LayerStatus.NotEnoughInformation, LoadingAssessment.Assess(Personas.Anna, answers).Status);
    }
}
