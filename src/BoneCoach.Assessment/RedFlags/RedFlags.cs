using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Detects the DOMAIN.md red flags from the profile and answers, in a fixed order.
public static class RedFlags
{
    // Fresh arrays per flag, so no caller can change another result's layers through a cast.
    private static Layer[] LoadingOnly => [Layer.Loading];
    private static Layer[] EndocrineOnly => [Layer.Endocrine];
    private static Layer[] SubstrateOnly => [Layer.Substrate];
    private static Layer[] NoLayer => [];

    public static IReadOnlyList<RedFlag> Detect(Profile profile, LayerAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(answers);
        var flags = new List<RedFlag>();
        AddUrgent(profile, flags);
        AddSkeletal(profile, flags);
        AddFalls(answers.Loading, flags);
        AddMedicinesAndScores(profile, flags);
        AddRiskFactors(profile, flags);
        AddKidneys(profile, flags);
        AddLowBmi(profile, flags);
        AddHormoneTherapy(profile, answers.Endocrine, flags);
        return flags;
    }

    public static bool HasEmergency(IEnumerable<RedFlag> flags) => flags.Any(f => f.Urgency == Urgency.Emergency);

    internal static RedFlag Clinician(RedFlagCode code, Layer[] layers, params (FigureName Name, double Value)[] figures) =>
        new(code, Urgency.Clinician, layers, figures.Select(f => new Figure(f.Name, f.Value)).ToArray());

    // Referred, and loading still coached in its safe form (Strong, Steady and Straight: osteoporosis is not a stop sign).
    private static RedFlag AdaptsLoading(RedFlagCode code, params (FigureName Name, double Value)[] figures) =>
        Clinician(code, NoLayer, figures) with { Adapts = LoadingOnly };

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

    // Fractures, height loss and stoop point at the spine: a clinician looks, and loading goes on in its safe form.
    // Sudden severe back pain may be a new fracture: loading pauses until it has been checked.
    private static void AddSkeletal(Profile profile, List<RedFlag> flags)
    {
        AddIf(profile.LowTraumaFractureAfter50 == true, AdaptsLoading(RedFlagCode.LowTraumaFractureAfter50, (FigureName.Threshold, LowTraumaFractureAgeYears)), flags);
        AddIf(profile.LowTraumaFractureAfter50 != true && profile.LowTraumaFractureNotSure == true,
            AdaptsLoading(RedFlagCode.PossibleLowTraumaFracture, (FigureName.Threshold, LowTraumaFractureAgeYears)), flags);
        AddIf(profile.KnownVertebralFracture == true, AdaptsLoading(RedFlagCode.KnownVertebralFracture), flags);
        AddIf(profile.KnownVertebralFracture != true && profile.VertebralFractureNotSure == true, AdaptsLoading(RedFlagCode.PossibleVertebralFracture), flags);

        if (profile.HeightLossHistoricalCm is { } historical && historical >= HeightLossHistoricalCm)
        {
            flags.Add(AdaptsLoading(RedFlagCode.HeightLossHistorical, (FigureName.HeightLossCm, historical), (FigureName.Threshold, HeightLossHistoricalCm)));
        }

        if (profile.HeightLossMeasuredCm is { } measured && measured >= HeightLossMeasuredCm)
        {
            flags.Add(AdaptsLoading(RedFlagCode.HeightLossMeasured, (FigureName.HeightLossCm, measured), (FigureName.Threshold, HeightLossMeasuredCm)));
        }

        AddIf(profile.SuddenSevereBackPain == true, Clinician(RedFlagCode.SuddenSevereBackPain, LoadingOnly), flags);
        AddIf(profile.GrowingStoop == true, AdaptsLoading(RedFlagCode.GrowingStoop), flags);
    }

    // NICE CG161: two or more falls in a year, a fall that hurt, or fear of falling → a falls assessment.
    private static void AddFalls(LoadingAnswers loading, List<RedFlag> flags)
    {
        var needsAssessment = loading.FallsInLastYear >= FallsPerYearForAssessment || loading.InjuriousFall == true
            || loading.FearOfFalling == true;
        AddIf(needsAssessment, AdaptsLoading(RedFlagCode.FallsAssessment, (FigureName.Threshold, FallsPerYearForAssessment)), flags);
    }

    private static void AddMedicinesAndScores(Profile profile, List<RedFlag> flags)
    {
        AddGlucocorticoids(profile, flags);
        if (profile.KnownTScore is { } tScore && tScore <= OsteoporosisTScore)
        {
            flags.Add(AdaptsLoading(RedFlagCode.OsteoporosisTScore, (FigureName.TScore, tScore), (FigureName.Threshold, OsteoporosisTScore)));
        }

        AddIf(profile.KnownTScore is null && profile.OsteoporosisDiagnosed is YesNoNotSure.Yes or YesNoNotSure.NotSure,
            AdaptsLoading(RedFlagCode.OsteoporosisDiagnosed), flags);

        if (profile.Frax?.HipFracturePercent is { } hip && hip >= FraxHipPercent)
        {
            flags.Add(AdaptsLoading(RedFlagCode.FraxHipAboveThreshold, (FigureName.FraxHipPercent, hip), (FigureName.Threshold, FraxHipPercent)));
        }

        if (profile.Frax?.MajorOsteoporoticFracturePercent is { } major && major >= FraxMajorOsteoporoticPercent)
        {
            flags.Add(AdaptsLoading(RedFlagCode.FraxMajorOsteoporoticAboveThreshold,
                (FigureName.FraxMajorOsteoporoticPercent, major), (FigureName.Threshold, FraxMajorOsteoporoticPercent)));
        }

        // A plan made alongside a bone medicine is still for her clinician to see; stopping denosumab needs one.
        AddIf(profile.BoneMedicine is BoneMedicine.Current or BoneMedicine.Past, Clinician(RedFlagCode.BoneMedicine, NoLayer), flags);
        AddIf(profile.BoneMedicine == BoneMedicine.StoppedDenosumab, Clinician(RedFlagCode.StoppedDenosumab, NoLayer), flags);
    }

    // ACR 2022: ≥ 2.5 mg/day for ≥ 3 months; a "yes" whose dose or duration she doesn't know is referred too.
    private static void AddGlucocorticoids(Profile profile, List<RedFlag> flags)
    {
        var mg = profile.OralGlucocorticoidPrednisoloneMgPerDay;
        var months = profile.OralGlucocorticoidMonths;
        if (mg >= GlucocorticoidMgPerDay && months >= GlucocorticoidMonths)
        {
            flags.Add(Clinician(RedFlagCode.LongTermOralGlucocorticoids, EndocrineOnly,
                (FigureName.GlucocorticoidMgPerDay, mg!.Value), (FigureName.GlucocorticoidMonths, months!.Value)));
            return;
        }

        var couldBeLongTerm = !(mg < GlucocorticoidMgPerDay) && !(months < GlucocorticoidMonths);
        AddIf(profile.TakesOralGlucocorticoids == true && (mg is null || months is null) && couldBeLongTerm,
            Clinician(RedFlagCode.OralGlucocorticoidsDoseUnknown, EndocrineOnly, (FigureName.Threshold, GlucocorticoidMgPerDay)), flags);
    }

    private static void AddRiskFactors(Profile profile, List<RedFlag> flags)
    {
        var menopauseAge = profile.AgeYears - profile.YearsSinceMenopause;
        AddIf(profile.EarlyMenopause is YesNoNotSure.Yes or YesNoNotSure.NotSure || menopauseAge < EarlyMenopauseAgeYears,
            Clinician(RedFlagCode.EarlyMenopause, NoLayer, (FigureName.Threshold, EarlyMenopauseAgeYears)), flags);
        var conditions = (profile.BoneLossConditions ?? BoneLossConditions.None) & ~BoneLossConditions.Other;
        AddIf(conditions != BoneLossConditions.None || profile.RheumatoidArthritis == true, Clinician(RedFlagCode.BoneLossCondition, NoLayer), flags);
        var medicines = (profile.BoneLossMedicines ?? BoneLossMedicines.None) & ~BoneLossMedicines.Other;
        AddIf(medicines != BoneLossMedicines.None, Clinician(RedFlagCode.BoneLossMedicine, NoLayer), flags);
        AddIf(profile.ParentHipFracture is YesNoNotSure.Yes or YesNoNotSure.NotSure, Clinician(RedFlagCode.ParentHipFracture, NoLayer), flags);
    }

    // KDIGO 2024: stage 4–5 or dialysis — protein, calcium, vitamin D and magnesium belong with the kidney team.
    private static void AddKidneys(Profile profile, List<RedFlag> flags)
    {
        if (SubstrateAssessment.HasSevereKidneyDisease(profile))
        {
            var figures = profile.KidneyEgfr is { } egfr ? new[] { (FigureName.KidneyEgfr, egfr) } : [];
            flags.Add(Clinician(RedFlagCode.SevereKidneyDisease, [Layer.Substrate, Layer.Minerals], figures));
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

    private static void AddIf(bool present, RedFlag flag, List<RedFlag> flags)
    {
        if (present)
        {
            flags.Add(flag);
        }
    }
}
