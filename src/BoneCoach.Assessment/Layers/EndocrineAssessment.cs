using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Layer 2: the hormonal control panel — hormone therapy window, 25(OH)D and blood sugar.
public static class EndocrineAssessment
{
    public static LayerResult Assess(Profile profile, LayerAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(answers);
        var endocrine = answers.Endocrine;
        var reasons = new ReasonList();
        AddHormoneTherapy(profile, endocrine, reasons);
        AddVitaminD(endocrine, reasons);
        AddBloodSugar(endocrine, reasons);
        if (endocrine.TakesThyroidOrCortisolMedicine == true)
        {
            reasons.Add(ReasonCode.MedicineAffectsBone, Severity.Note);
        }

        var hasKeyAnswer = endocrine.HormoneTherapy is not null || endocrine.VitaminDNgPerMl is not null
            || endocrine.FastingGlucoseMgPerDl is not null || endocrine.HbA1cPercent is not null;
        return LayerResult.From(Layer.Endocrine, hasKeyAnswer, reasons.Items);
    }

    public static bool HasContraindication(Profile profile) =>
        profile.HormoneTherapyContraindications is { } found && found != HormoneTherapyContraindications.None;

    // Only an explicit "none" counts: an unanswered question may hide a contraindication.
    public static bool HasNoContraindication(Profile profile) =>
        profile.HormoneTherapyContraindications == HormoneTherapyContraindications.None;

    // NAMS 2022: under 60 or within 10 years of menopause, benefits outweigh risks for bone-loss prevention.
    public static bool IsInHormoneTherapyWindow(Profile profile) =>
        profile.AgeYears < HormoneTherapyAgeBelowYears
        || profile.YearsSinceMenopause <= HormoneTherapyYearsSinceMenopauseMax;

    private static void AddHormoneTherapy(Profile profile, EndocrineAnswers endocrine, ReasonList reasons)
    {
        if (HasContraindication(profile))
        {
            reasons.Add(ReasonCode.HormoneTherapyNotSuitable, Severity.Note);
        }
        else if (endocrine.HormoneTherapy == HormoneTherapyStatus.Current)
        {
            reasons.Add(ReasonCode.OnHormoneTherapy, Severity.Fine);
        }
        // Hormone therapy is her decision with her clinician: raised only when she said she wants it mentioned.
        else if (endocrine.HormoneTherapy is not null && endocrine.AsksAboutHormoneTherapy == true
            && IsInHormoneTherapyWindow(profile) && HasNoContraindication(profile))
        {
            reasons.Add(ReasonCode.HormoneTherapyWindowOpen, Severity.Note, WindowFigures(profile));
        }
    }

    private static (FigureName, double)[] WindowFigures(Profile profile)
    {
        var figures = new List<(FigureName, double)>();
        if (profile.AgeYears is { } age)
        {
            figures.Add((FigureName.AgeYears, age));
        }

        if (profile.YearsSinceMenopause is { } years)
        {
            figures.Add((FigureName.YearsSinceMenopause, years));
        }

        return figures.ToArray();
    }

    private static void AddVitaminD(EndocrineAnswers endocrine, ReasonList reasons)
    {
        if (endocrine.VitaminDNgPerMl is not { } level)
        {
            return;
        }

        var (code, severity) = level switch
        {
            < VitaminDDeficientNgPerMl => (ReasonCode.VitaminDDeficient, Severity.Priority),
            < VitaminDAdequateNgPerMl => (ReasonCode.VitaminDInsufficient, Severity.NeedsWork),
            _ => (ReasonCode.VitaminDAdequate, Severity.Fine),
        };
        reasons.Add(code, severity,
            (FigureName.VitaminDNgPerMl, level),
            (FigureName.VitaminDNmolPerL, Units.VitaminDNgPerMlToNmolPerL(level)));
    }

    // ADA: whichever of HbA1c and fasting glucose reads worse decides.
    private static void AddBloodSugar(EndocrineAnswers endocrine, ReasonList reasons)
    {
        var hbA1c = endocrine.HbA1cPercent;
        var glucose = endocrine.FastingGlucoseMgPerDl;
        if (hbA1c is null && glucose is null)
        {
            return;
        }

        var (code, severity) =
            hbA1c >= HbA1cDiabetesPercent || glucose >= FastingGlucoseDiabetesMgPerDl
                ? (ReasonCode.BloodSugarDiabetesRange, Severity.Priority)
            : hbA1c >= HbA1cPrediabetesPercent || glucose >= FastingGlucosePrediabetesMgPerDl
                ? (ReasonCode.BloodSugarPrediabetesRange, Severity.NeedsWork)
                : (ReasonCode.BloodSugarNormal, Severity.Fine);
        var figures = new List<(FigureName, double)>();
        if (hbA1c is { } a)
        {
            figures.Add((FigureName.HbA1cPercent, a));
        }

        if (glucose is { } g)
        {
            figures.Add((FigureName.FastingGlucoseMgPerDl, g));
        }

        reasons.Add(code, severity, figures.ToArray());
    }
}
