using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Detects the DOMAIN.md red flags from the profile and answers, in a fixed order.
public static class RedFlags
{
    // Fresh arrays per flag, so no caller can change another result's layers through a cast.
    private static Layer[] LoadingOnly => [Layer.Loading];
    private static Layer[] EndocrineOnly => [Layer.Endocrine];
    private static Layer[] SubstrateOnly => [Layer.Substrate];

    public static IReadOnlyList<RedFlag> Detect(Profile profile, LayerAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(answers);
        var flags = new List<RedFlag>();
        AddUrgent(profile, flags);
        AddSkeletal(profile, flags);
        AddMedicinesAndScores(profile, flags);
        AddLowBmi(profile, flags);
        AddHormoneTherapy(profile, answers.Endocrine, flags);
        return flags;
    }

    public static bool HasEmergency(IEnumerable<RedFlag> flags) => flags.Any(f => f.Urgency == Urgency.Emergency);

    internal static RedFlag Clinician(RedFlagCode code, Layer[] layers, params (FigureName Name, double Value)[] figures) =>
        new(code, Urgency.Clinician, layers, figures.Select(f => new Figure(f.Name, f.Value)).ToArray());

    private static void AddUrgent(Profile profile, List<RedFlag> flags)
    {
        var symptoms = profile.UrgentSymptoms ?? UrgentSymptoms.None;
        AddEmergencyIf(symptoms.HasFlag(UrgentSymptoms.ChestPain), RedFlagCode.UrgentChestPain, flags);
        AddEmergencyIf(symptoms.HasFlag(UrgentSymptoms.StrokeSigns), RedFlagCode.UrgentStrokeSigns, flags);
        AddEmergencyIf(symptoms.HasFlag(UrgentSymptoms.FallWithSuspectedBreak), RedFlagCode.UrgentFallWithSuspectedBreak, flags);
    }

    private static void AddEmergencyIf(bool present, RedFlagCode code, List<RedFlag> flags)
    {
        if (present)
        {
            flags.Add(new RedFlag(code, Urgency.Emergency, Hierarchy.Order.ToArray(), []));
        }
    }

    // Fracture, height loss, back pain and stoop point at the spine: loading is handed to a clinician or physio.
    private static void AddSkeletal(Profile profile, List<RedFlag> flags)
    {
        if (profile.LowTraumaFractureAfter50 == true)
        {
            flags.Add(Clinician(RedFlagCode.LowTraumaFractureAfter50, LoadingOnly, (FigureName.Threshold, LowTraumaFractureAgeYears)));
        }

        if (profile.HeightLossHistoricalCm is { } historical && historical > HeightLossHistoricalCm)
        {
            flags.Add(Clinician(RedFlagCode.HeightLossHistorical, LoadingOnly,
                (FigureName.HeightLossCm, historical), (FigureName.Threshold, HeightLossHistoricalCm)));
        }

        if (profile.HeightLossMeasuredCm is { } measured && measured > HeightLossMeasuredCm)
        {
            flags.Add(Clinician(RedFlagCode.HeightLossMeasured, LoadingOnly,
                (FigureName.HeightLossCm, measured), (FigureName.Threshold, HeightLossMeasuredCm)));
        }

        if (profile.SuddenSevereBackPain == true)
        {
            flags.Add(Clinician(RedFlagCode.SuddenSevereBackPain, LoadingOnly));
        }

        if (profile.GrowingStoop == true)
        {
            flags.Add(Clinician(RedFlagCode.GrowingStoop, LoadingOnly));
        }
    }

    private static void AddMedicinesAndScores(Profile profile, List<RedFlag> flags)
    {
        if (profile.OralGlucocorticoidPrednisoloneMgPerDay is { } mg && mg >= GlucocorticoidMgPerDay
            && profile.OralGlucocorticoidMonths is { } months && months >= GlucocorticoidMonths)
        {
            flags.Add(Clinician(RedFlagCode.LongTermOralGlucocorticoids, EndocrineOnly,
                (FigureName.GlucocorticoidMgPerDay, mg), (FigureName.GlucocorticoidMonths, months)));
        }

        if (profile.KnownTScore is { } tScore && tScore <= OsteoporosisTScore)
        {
            flags.Add(Clinician(RedFlagCode.OsteoporosisTScore, LoadingOnly,
                (FigureName.TScore, tScore), (FigureName.Threshold, OsteoporosisTScore)));
        }

        if (profile.Frax?.HipFracturePercent is { } hip && hip >= FraxHipPercent)
        {
            flags.Add(Clinician(RedFlagCode.FraxHipAboveThreshold, LoadingOnly,
                (FigureName.FraxHipPercent, hip), (FigureName.Threshold, FraxHipPercent)));
        }

        if (profile.Frax?.MajorOsteoporoticFracturePercent is { } major && major >= FraxMajorOsteoporoticPercent)
        {
            flags.Add(Clinician(RedFlagCode.FraxMajorOsteoporoticAboveThreshold, LoadingOnly,
                (FigureName.FraxMajorOsteoporoticPercent, major), (FigureName.Threshold, FraxMajorOsteoporoticPercent)));
        }
    }

    // Low body weight is a nutrition question for a clinician, not a protein target to coach.
    private static void AddLowBmi(Profile profile, List<RedFlag> flags)
    {
        if (Units.Bmi(profile.WeightKg, profile.HeightCm) is { } bmi && bmi < LowBmi)
        {
            flags.Add(Clinician(RedFlagCode.LowBmi, SubstrateOnly, (FigureName.Bmi, bmi), (FigureName.Threshold, LowBmi)));
        }
    }

    private static void AddHormoneTherapy(Profile profile, EndocrineAnswers endocrine, List<RedFlag> flags)
    {
        var raisesHormoneTherapy = endocrine.AsksAboutHormoneTherapy == true
            || endocrine.HormoneTherapy == HormoneTherapyStatus.Current;
        if (raisesHormoneTherapy && EndocrineAssessment.HasContraindication(profile))
        {
            flags.Add(Clinician(RedFlagCode.HormoneTherapyContraindicated, EndocrineOnly));
        }
    }
}
