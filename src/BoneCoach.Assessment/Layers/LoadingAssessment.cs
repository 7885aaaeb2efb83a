using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Layer 1, the strongest natural driver: is there enough strain, often enough, to cross the bone's threshold —
// in a form that is safe for her (Strong, Steady and Straight 2022)?
public static class LoadingAssessment
{
    public static LayerResult Assess(Profile profile, LayerAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(answers);
        var loading = answers.Loading;
        var reasons = new ReasonList();
        AddStrength(loading, reasons);
        AddWalkingOnly(profile, loading, reasons);
        AddImpact(profile, loading, reasons);
        AddFallRisk(loading, reasons);
        AddBalance(profile, answers, reasons);
        if (IsPhysiotherapistLed(profile, answers))
        {
            reasons.Add(ReasonCode.PhysiotherapistLedLoading, Severity.Note);
        }

        var hasKeyAnswer = loading.StrengthSessionsPerWeek is not null || loading.ImpactDaysPerWeek is not null;
        return LayerResult.From(Layer.Loading, hasKeyAnswer, reasons.Items);
    }

    // Impact no more than brisk walking, and no loaded forward bending: a known or possible spine fracture, several
    // low-trauma fractures, or osteoporosis (Strong, Steady and Straight).
    public static bool ImpactIsRestricted(Profile profile, LoadingAnswers loading)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(loading);
        return profile.KnownVertebralFracture == true || profile.VertebralFractureNotSure == true
            || loading.SeveralLowTraumaFractures == true || HasOsteoporosis(profile);
    }

    public static bool HasOsteoporosis(Profile profile) =>
        profile.KnownTScore <= OsteoporosisTScore || profile.OsteoporosisDiagnosed is YesNoNotSure.Yes or YesNoNotSure.NotSure;

    // A fall in the last year, or fear of falling: strength and balance first, no jumping until balance is good.
    public static bool AtRiskOfFalls(LoadingAnswers loading)
    {
        ArgumentNullException.ThrowIfNull(loading);
        return loading.AtRiskOfFalls == true || loading.FearOfFalling == true || loading.FallsInLastYear > 0 || loading.InjuriousFall == true;
    }

    // A red flag that adapts or pauses loading: a physiotherapist sets up the exercises.
    public static bool IsPhysiotherapistLed(Profile profile, LayerAnswers answers) =>
        ImpactIsRestricted(profile, answers.Loading)
        || RedFlags.Detect(profile, answers).Any(f => f.Adapts.Contains(Layer.Loading) || f.StopsCoaching.Contains(Layer.Loading));

    // Which rung of the strength ladder her plan starts on.
    public static StrengthStage Stage(Profile profile, LayerAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(answers);
        if (IsPhysiotherapistLed(profile, answers) || AtRiskOfFalls(answers.Loading))
        {
            return StrengthStage.Gentle;
        }

        // Only someone already lifting (heavy, or at least twice a week) has had the lead-in heavy lifting needs.
        var loading = answers.Loading;
        var trained = loading.StrengthSessionsPerWeek >= StrengthSessionsPerWeekMin || loading.StrengthIntensity == StrengthIntensity.Heavy;
        return loading.StrengthSessionsPerWeek > 0 && trained ? StrengthStage.Heavy : StrengthStage.Technique;
    }

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

    // Walking does not cross the strain threshold (Too Fit to Fracture; seed layer 1) — but after a spine fracture or
    // with osteoporosis brisk walking is her impact, so she is not told it falls short.
    private static void AddWalkingOnly(Profile profile, LoadingAnswers loading, ReasonList reasons)
    {
        if (loading.StrengthSessionsPerWeek <= 0 && loading.WalkingDaysPerWeek > 0 && !ImpactIsRestricted(profile, loading))
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
            reasons.Add(ReasonCode.NoLoadedForwardBending, Severity.Note);
            return;
        }

        // Fallers: no jumping until balance is good; the strength-and-balance step says so.
        if (AtRiskOfFalls(loading) || loading.ImpactDaysPerWeek is not { } days)
        {
            return;
        }

        var code = days < ImpactDaysPerWeekTarget ? ReasonCode.ImpactBelowMostDays : ReasonCode.ImpactOnMostDays;
        var severity = code == ReasonCode.ImpactBelowMostDays ? Severity.NeedsWork : Severity.Fine;
        reasons.Add(code, severity, (FigureName.ImpactDaysPerWeek, days), (FigureName.Threshold, ImpactDaysPerWeekTarget));
    }

    private static void AddFallRisk(LoadingAnswers loading, ReasonList reasons)
    {
        if (AtRiskOfFalls(loading))
        {
            reasons.Add(ReasonCode.FallRiskStartWithStrengthAndBalance, Severity.NeedsWork,
                (FigureName.BalanceSessionsPerWeek, BalanceSessionsPerWeekMin));
        }
    }

    // Balance practice at least twice a week (Strong, Steady and Straight); it weighs more when falls are a risk.
    private static void AddBalance(Profile profile, LayerAnswers answers, ReasonList reasons)
    {
        if (answers.Loading.BalanceSessionsPerWeek is not { } sessions)
        {
            return;
        }

        var figures = new[] { (FigureName.BalanceSessionsPerWeek, (double)sessions), (FigureName.Threshold, (double)BalanceSessionsPerWeekMin) };
        if (sessions >= BalanceSessionsPerWeekMin)
        {
            reasons.Add(ReasonCode.BalanceAtTwiceAWeek, Severity.Fine, figures);
            return;
        }

        var matters = AtRiskOfFalls(answers.Loading) || IsPhysiotherapistLed(profile, answers);
        reasons.Add(ReasonCode.BalanceBelowTwiceAWeek, matters ? Severity.NeedsWork : Severity.Note, figures);
    }
}
