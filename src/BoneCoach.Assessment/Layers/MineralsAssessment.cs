using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Layer 5: minerals and cofactors — enough, and never above the upper limits.
public static class MineralsAssessment
{
    public static LayerResult Assess(Profile profile, LayerAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(answers);
        var minerals = answers.Minerals;
        var reasons = new ReasonList();
        AddCalcium(minerals, reasons);
        AddVitaminD(profile, answers, reasons);
        AddMagnesium(minerals, reasons);
        AddVitaminK(minerals, reasons);

        var hasKeyAnswer = minerals.CalciumTotalMgPerDay is not null || minerals.VitaminDSupplementIuPerDay is not null
            || minerals.MagnesiumTotalMgPerDay is not null || minerals.MagnesiumSupplementMgPerDay is not null;
        return LayerResult.From(Layer.Minerals, hasKeyAnswer, reasons.Items);
    }

    // IOM 2011: 600 IU to 70, 800 IU above; with age unknown the higher figure is the safe target.
    public static double VitaminDRdaIu(int? ageYears) =>
        ageYears is { } age && age <= VitaminDRdaOlderAgeYears ? VitaminDRdaIuUpTo70 : VitaminDRdaIuOver70;

    private static void AddCalcium(MineralsAnswers minerals, ReasonList reasons)
    {
        if (minerals.CalciumTotalMgPerDay is not { } total)
        {
            return;
        }

        var (code, severity) = total switch
        {
            > CalciumUpperLimitMgPerDay => (ReasonCode.CalciumAboveUpperLimit, Severity.Priority),
            < CalciumRdaMgPerDay => (ReasonCode.CalciumBelowRda, Severity.NeedsWork),
            _ => (ReasonCode.CalciumAtRda, Severity.Fine),
        };
        reasons.Add(code, severity,
            (FigureName.CalciumMgPerDay, total),
            (FigureName.CalciumRdaMgPerDay, CalciumRdaMgPerDay),
            (FigureName.CalciumUpperLimitMgPerDay, CalciumUpperLimitMgPerDay));
    }

    private static void AddVitaminD(Profile profile, LayerAnswers answers, ReasonList reasons)
    {
        if (answers.Minerals.VitaminDSupplementIuPerDay is not { } iu)
        {
            return;
        }

        var rda = VitaminDRdaIu(profile.AgeYears);
        (FigureName, double)[] limits = [(FigureName.VitaminDRdaIuPerDay, rda), (FigureName.VitaminDUpperLimitIuPerDay, VitaminDUpperLimitIuPerDay)];
        // No supplement gives no intake figure, as for protein: "you take 0 IU a day" reads as a dose.
        var figures = iu > 0 ? [(FigureName.VitaminDIuPerDay, iu), .. limits] : limits;
        var bloodLevel = answers.Endocrine.VitaminDNgPerMl;
        if (iu > VitaminDUpperLimitIuPerDay)
        {
            reasons.Add(ReasonCode.VitaminDAboveUpperLimit, Severity.Priority, figures);
            return;
        }

        // A blood level already at 20 ng/mL makes a low supplement dose no concern.
        var levelAdequate = bloodLevel >= VitaminDAdequateNgPerMl;
        reasons.Add(iu < rda && !levelAdequate ? ReasonCode.VitaminDIntakeBelowRda : ReasonCode.VitaminDIntakeAtRda,
            iu < rda && !levelAdequate ? Severity.NeedsWork : Severity.Fine, figures);

        // VITAL: 2,000 IU/day did not cut fractures in people not chosen for deficiency. A level below 20 ng/mL, or
        // fragile bones, never hear anything that could lower her dose.
        var notesApply = (bloodLevel is null || bloodLevel >= VitaminDAdequateNgPerMl) && !HasFragileBones(profile);
        if (iu >= VitaminDVitalDoseIuPerDay && notesApply)
        {
            reasons.Add(ReasonCode.VitaminDHighDoseNoFractureBenefit, Severity.Note, figures);
        }

        // Endocrine Society 2024: healthy adults under 75 gain nothing from doses above the reference intake.
        if (iu > rda && notesApply && profile.AgeYears < VitaminDAboveRdaNotAdvisedBelowAgeYears)
        {
            reasons.Add(ReasonCode.VitaminDAboveRdaNotNeeded, Severity.Note, figures);
        }
    }

    // VITAL and the 2024 guideline speak of people not chosen for bone disease: with osteoporosis, a fragility fracture or
    // a bone medicine, vitamin D is part of her clinician's plan, and nothing here may read as a reason to take less.
    private static bool HasFragileBones(Profile profile) =>
        profile.KnownTScore <= OsteoporosisTScore
        || profile.OsteoporosisDiagnosed is YesNoNotSure.Yes or YesNoNotSure.NotSure
        || profile.BoneMedicine is BoneMedicine.Current or BoneMedicine.Past or BoneMedicine.StoppedDenosumab
        || profile.KnownVertebralFracture == true || profile.VertebralFractureNotSure == true
        || profile.LowTraumaFractureAfter50 == true || profile.LowTraumaFractureNotSure == true;

    // Vitamin K changes how warfarin works: on warfarin she asks her clinician before taking it.
    private static void AddVitaminK(MineralsAnswers minerals, ReasonList reasons)
    {
        if (minerals.TakesVitaminK2 == true && minerals.TakesWarfarin == true)
        {
            reasons.Add(ReasonCode.VitaminKWithWarfarin, Severity.Priority);
        }
        else if (minerals.TakesVitaminK2 == true)
        {
            reasons.Add(ReasonCode.VitaminK2OptionalNotAFix, Severity.Note);
        }
    }

    private static void AddMagnesium(MineralsAnswers minerals, ReasonList reasons)
    {
        if (minerals.MagnesiumSupplementMgPerDay is { } supplement && supplement > MagnesiumSupplementUpperLimitMgPerDay)
        {
            reasons.Add(ReasonCode.MagnesiumSupplementAboveUpperLimit, Severity.Priority,
                (FigureName.MagnesiumMgPerDay, supplement),
                (FigureName.MagnesiumSupplementUpperLimitMgPerDay, MagnesiumSupplementUpperLimitMgPerDay));
        }

        if (minerals.MagnesiumTotalMgPerDay is not { } total)
        {
            return;
        }

        var below = total < MagnesiumRdaMgPerDay;
        reasons.Add(below ? ReasonCode.MagnesiumBelowRda : ReasonCode.MagnesiumAtRda,
            below ? Severity.NeedsWork : Severity.Fine,
            (FigureName.MagnesiumMgPerDay, total), (FigureName.MagnesiumRdaMgPerDay, MagnesiumRdaMgPerDay));
    }
}
