using BoneCoach.Assessment;

namespace BoneCoachBot.Coaching;

/// <summary>Onboarding answers (plus the history questions asked in the layers) to the core's <see cref="Profile"/>.</summary>
public static class ProfileMapping
{
    // A SCORE count of two or more low-trauma fractures is what Strong, Steady and Straight calls "several".
    private const int SeveralFractures = 2;
    private const double MonthsPerYear = 12;

    public static Profile Map(AnswerSheet a) => new()
    {
        AgeYears = a.WholeNumber("age"),
        WeightKg = a.Number("weight"),
        HeightCm = a.Number("height"),
        YearsSinceMenopause = a.Number("lastPeriod"),
        IsBlack = a.Choice("ethnicity") switch { "black" => true, "notBlack" => false, _ => null },
        LowTraumaFractureAfter50 = a.YesNoChoice("fragilityFracture"),
        LowTraumaFractureNotSure = a.IsAnswered("fragilityFracture") ? a.Choice("fragilityFracture") == "unsure" : null,
        LowTraumaFracturesAfter45 = a.WholeNumber("wristHipRibFractures"),
        KnownVertebralFracture = a.YesNoChoice("spineFracture"),
        VertebralFractureNotSure = a.IsAnswered("spineFracture") ? a.Choice("spineFracture") == "unsure" : null,
        HeightLossHistoricalCm = a.Number("heightLossHistorical"),
        HeightLossMeasuredCm = a.Number("heightLossMeasured"),
        SuddenSevereBackPain = a.YesNo("suddenBackPain"),
        GrowingStoop = a.YesNo("growingStoop"),
        // Read once the dose and duration follow-ups have had their answer (or skip), so "dose not known" is not
        // raised before she can give it.
        TakesOralGlucocorticoids = a.YesNo("steroidTablets") == true && !a.IsAnswered("steroidDuration") ? null : a.YesNo("steroidTablets"),
        OralGlucocorticoidPrednisoloneMgPerDay = a.YesNo("steroidTablets") == false ? 0 : a.Number("steroidMgPerDay"),
        OralGlucocorticoidMonths = a.YesNo("steroidTablets") == false ? 0 : a.Number("steroidDuration") * MonthsPerYear,
        HormoneTherapyContraindications = a.Stored("hormoneTherapyContraindication")?.Choices is { } picked
            ? picked.Select(Contraindications).Aggregate(HormoneTherapyContraindications.None, (x, y) => x | y!.Value)
            : Contraindications(a.Choice("hormoneTherapyContraindication")),
        KidneyDisease = Kidneys(a),
        KidneyEgfr = a.Number("kidneyEgfr"),
        OnDialysis = a.Choice("kidneyDisease") switch { "dialysis" => true, null => null, _ => false },
        RheumatoidArthritis = a.YesNo("rheumatoidArthritis"),
        EarlyMenopause = a.RedFlagChoice("earlyMenopause"),
        ParentHipFracture = a.RedFlagChoice("parentHipFracture"),
        BoneLossConditions = BoneLossAnswers.ConditionsOf(a.Stored("boneLossConditions")),
        BoneLossMedicines = BoneLossAnswers.MedicinesOf(a.Stored("boneLossMedicines")),
        OsteoporosisDiagnosed = a.RedFlagChoice("osteoporosisDiagnosis"),
        BoneMedicine = a.Choice("boneMedicine") switch
        {
            "none" => BoneCoach.Assessment.BoneMedicine.None,
            "current" => BoneCoach.Assessment.BoneMedicine.Current,
            "past" => BoneCoach.Assessment.BoneMedicine.Past,
            "stoppedDenosumab" => BoneCoach.Assessment.BoneMedicine.StoppedDenosumab,
            // Not picked from the medicines list: she takes none (the follow-up is asked only after a pick).
            _ when a.Includes("boneLossMedicines", "boneMedicine") == false => BoneCoach.Assessment.BoneMedicine.None,
            _ => null,
        },
        KnownTScore = a.Number("tScore"),
        Frax = a.HasValue("fraxMajor") || a.HasValue("fraxHip")
            ? new FraxScores { MajorOsteoporoticFracturePercent = a.Number("fraxMajor"), HipFracturePercent = a.Number("fraxHip") }
            : null,
        UrgentSymptoms = Urgent(a.Choice("urgentNow")),
    };

    public static bool? SeveralLowTraumaFractures(AnswerSheet a) =>
        a.WholeNumber("wristHipRibFractures") is { } count ? count >= SeveralFractures : null;

    // The stage she was told; an answer kept from the older yes/no question reads as "stage not known".
    private static KidneyDisease? Kidneys(AnswerSheet a) => a.Choice("kidneyDisease") switch
    {
        "none" => KidneyDisease.None,
        "mild" => KidneyDisease.Mild,
        "stage3" => KidneyDisease.Stage3,
        "stage4or5" or "dialysis" => KidneyDisease.Stage4Or5,
        // Judged once the eGFR question has had its answer (or skip), so a flag is not raised before she can give it.
        "unsureStage" => a.IsAnswered("kidneyEgfr") ? KidneyDisease.StageUnknown : null,
        // Not picked from the conditions list: no kidney disease (the stage is asked only after a pick).
        _ when a.Includes("boneLossConditions", "kidneyDisease") == false => KidneyDisease.None,
        _ => a.YesNo("kidneyDisease") switch { true => KidneyDisease.StageUnknown, false => KidneyDisease.None, null => null },
    };

    private static HormoneTherapyContraindications? Contraindications(string? choice) => choice switch
    {
        "none" => HormoneTherapyContraindications.None,
        "cancer" => HormoneTherapyContraindications.EstrogenDependentCancer,
        "bloodClot" => HormoneTherapyContraindications.VenousThromboembolism,
        "clottingDisorder" => HormoneTherapyContraindications.Thrombophilia,
        "stroke" => HormoneTherapyContraindications.Stroke,
        "heartAttack" => HormoneTherapyContraindications.HeartAttack,
        "liverDisease" => HormoneTherapyContraindications.LiverDisease,
        "bleeding" => HormoneTherapyContraindications.UndiagnosedGenitalBleeding,
        "heartDisease" => HormoneTherapyContraindications.CoronaryHeartDisease,
        // "Not sure" counts as a possible contraindication: her clinician decides (DOMAIN.md red flags).
        "unsure" => HormoneTherapyContraindications.NotSure,
        _ => null,
    };

    private static UrgentSymptoms? Urgent(string? choice) => choice switch
    {
        "none" => BoneCoach.Assessment.UrgentSymptoms.None,
        "chestPain" => BoneCoach.Assessment.UrgentSymptoms.ChestPain,
        "strokeSigns" => BoneCoach.Assessment.UrgentSymptoms.StrokeSigns,
        "fallBreak" => BoneCoach.Assessment.UrgentSymptoms.FallWithSuspectedBreak,
        _ => null,
    };
}
