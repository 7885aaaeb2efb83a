using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Layer 1, the primary driver: is there enough strain, often enough, to cross the bone's threshold?
public static class LoadingAssessment
{
    public static LayerResult Assess(Profile profile, LayerAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(answers);
        var loading = answers.Loading;
        var reasons = new ReasonList();
        AddStrength(loading, reasons);
        AddWalkingOnly(loading, reasons);
        AddImpact(profile, loading, reasons);
        AddFallRisk(loading, reasons);
        var hasKeyAnswer = loading.StrengthSessionsPerWeek is not null || loading.ImpactDaysPerWeek is not null;
        return LayerResult.From(Layer.Loading, hasKeyAnswer, reasons.Items);
    }

    // Impact and heavy loading are held back after a vertebral or several low-trauma fractures (SSS 2022).
    public static bool ImpactIsRestricted(Profile profile, LoadingAnswers loading) =>
        profile.KnownVertebralFracture == true || loading.SeveralLowTraumaFractures == true;

    private static void AddStrength(LoadingAnswers loading, ReasonList reasons)
    {
        if (loading.StrengthSessionsPerWeek is not { } sessions)
        {
            return;
        }

        var figures = new[]
        {
            (FigureName.StrengthSessionsPerWeek, (double)sessions),
            (FigureName.Threshold, (double)StrengthSessionsPerWeekMin),
        };
        if (sessions <= 0)
        {
            reasons.Add(ReasonCode.NoStrengthTraining, Severity.Priority, figures);
        }
        else if (sessions < StrengthSessionsPerWeekMin)
        {
            reasons.Add(ReasonCode.StrengthTrainingBelowDose, Severity.NeedsWork, figures);
        }
        else if (loading.StrengthIntensity is StrengthIntensity.Light or StrengthIntensity.Moderate)
        {
            reasons.Add(ReasonCode.StrengthIntensityTooLight, Severity.NeedsWork,
                (FigureName.StrengthSessionsPerWeek, sessions),
                (FigureName.RepMaxWeight, HeavyRepMax),
                (FigureName.PercentOneRepMaxLow, HeavyPercentOneRepMaxLow),
                (FigureName.PercentOneRepMaxHigh, HeavyPercentOneRepMaxHigh));
        }
        else
        {
            reasons.Add(ReasonCode.StrengthTrainingAtDose, Severity.Fine, figures);
        }
    }

    // Walking does not cross the strain threshold (Too Fit to Fracture; seed layer 1).
    private static void AddWalkingOnly(LoadingAnswers loading, ReasonList reasons)
    {
        if (loading.StrengthSessionsPerWeek <= 0 && loading.WalkingDaysPerWeek > 0)
        {
            reasons.Add(ReasonCode.WalkingAloneIsNotEnough, Severity.Note,
                (FigureName.WalkingDaysPerWeek, loading.WalkingDaysPerWeek.Value));
        }
    }

    private static void AddImpact(Profile profile, LoadingAnswers loading, ReasonList reasons)
    {
        if (ImpactIsRestricted(profile, loading))
        {
            reasons.Add(ReasonCode.ImpactRestrictedByFractures, Severity.Note);
            return;
        }

        if (loading.ImpactDaysPerWeek is not { } days)
        {
            return;
        }

        var code = days < ImpactDaysPerWeekTarget ? ReasonCode.ImpactBelowMostDays : ReasonCode.ImpactOnMostDays;
        var severity = code == ReasonCode.ImpactBelowMostDays ? Severity.NeedsWork : Severity.Fine;
        reasons.Add(code, severity, (FigureName.ImpactDaysPerWeek, days), (FigureName.Threshold, ImpactDaysPerWeekTarget));
    }

    private static void AddFallRisk(LoadingAnswers loading, ReasonList reasons)
    {
        if (loading.AtRiskOfFalls == true)
        {
            reasons.Add(ReasonCode.FallRiskStartWithStrengthAndBalance, Severity.Note);
        }
    }
}
