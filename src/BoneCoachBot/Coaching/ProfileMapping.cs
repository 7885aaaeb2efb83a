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
        LowTraumaFracturesAfter45 = a.WholeNumber("wristHipRibFractures"),
        KnownVertebralFracture = a.YesNoChoice("spineFracture"),
        HeightLossHistoricalCm = a.Number("heightLossHistorical"),
        HeightLossMeasuredCm = a.Number("heightLossMeasured"),
        SuddenSevereBackPain = a.YesNo("suddenBackPain"),
        GrowingStoop = a.YesNo("growingStoop"),
        OralGlucocorticoidPrednisoloneMgPerDay = a.YesNo("steroidTablets") == false ? 0 : a.Number("steroidMgPerDay"),
        OralGlucocorticoidMonths = a.YesNo("steroidTablets") == false ? 0 : a.Number("steroidDuration") * MonthsPerYear,
        HormoneTherapyContraindications = Contraindications(a.Choice("hormoneTherapyContraindication")),
        KidneyEgfr = a.Number("kidneyEgfr"),
        OnDialysis = a.YesNo("kidneyDisease") == false ? false : a.YesNo("onDialysis"),
        RheumatoidArthritis = a.YesNo("rheumatoidArthritis"),
        KnownTScore = a.Number("tScore"),
        Frax = a.HasValue("fraxMajor") || a.HasValue("fraxHip")
            ? new FraxScores { MajorOsteoporoticFracturePercent = a.Number("fraxMajor"), HipFracturePercent = a.Number("fraxHip") }
            : null,
        UrgentSymptoms = Urgent(a.Choice("urgentNow")),
    };

    public static bool? SeveralLowTraumaFractures(AnswerSheet a) =>
        a.WholeNumber("wristHipRibFractures") is { } count ? count >= SeveralFractures : null;

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
