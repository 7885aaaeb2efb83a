using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Layer 3: the collagen scaffold needs protein, judged per kilogram of body weight.
public static class SubstrateAssessment
{
    public static LayerResult Assess(Profile profile, LayerAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(answers);
        var reasons = new ReasonList();
        var protein = answers.Substrate.ProteinGramsPerDay;
        var weight = profile.WeightKg;
        var hasKeyAnswer = protein is not null && weight is > 0;
        if (hasKeyAnswer)
        {
            AddProtein(protein!.Value, weight!.Value, reasons);
        }

        if (NeedsKidneyCaution(profile))
        {
            var figures = new List<(FigureName, double)> { (FigureName.KidneyProteinGramsPerKg, KidneyProteinGramsPerKg), (FigureName.Threshold, KidneyCautionEgfr) };
            if (profile.KidneyEgfr is { } egfr)
            {
                figures.Add((FigureName.KidneyEgfr, egfr));
            }

            reasons.Add(ReasonCode.KidneyCautionBeforeRaisingProtein, Severity.Note, figures.ToArray());
        }

        return LayerResult.From(Layer.Substrate, hasKeyAnswer, reasons.Items);
    }

    // KDIGO 2024: kidney disease stage 3–5 (eGFR < 60) or dialysis — protein is never raised by the bot.
    public static bool NeedsKidneyCaution(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.KidneyEgfr < KidneyCautionEgfr || profile.OnDialysis == true
            || profile.KidneyDisease is KidneyDisease.Stage3 or KidneyDisease.Stage4Or5 or KidneyDisease.StageUnknown;
    }

    // Stage 4–5 or dialysis: a red flag. A stage she doesn't know, with no eGFR to tell, counts as possible.
    public static bool HasSevereKidneyDisease(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.OnDialysis == true || profile.KidneyEgfr < KidneySevereEgfr || profile.KidneyDisease == KidneyDisease.Stage4Or5
            || (profile.KidneyDisease == KidneyDisease.StageUnknown && profile.KidneyEgfr is null);
    }

    public static double TargetGramsPerDay(double weightKg) =>
        Math.Round(ProteinTargetGramsPerKg * weightKg, MidpointRounding.AwayFromZero);

    private static void AddProtein(double gramsPerDay, double weightKg, ReasonList reasons)
    {
        var gramsPerKg = gramsPerDay / weightKg;
        var (code, severity) = gramsPerKg switch
        {
            < ProteinFloorGramsPerKg => (ReasonCode.ProteinBelowFloor, Severity.Priority),
            < ProteinTargetGramsPerKg => (ReasonCode.ProteinBelowTarget, Severity.NeedsWork),
            _ => (ReasonCode.ProteinAtTarget, Severity.Fine),
        };
        var target = new[]
        {
            (FigureName.WeightKg, weightKg),
            (FigureName.ProteinTargetGramsPerKg, ProteinTargetGramsPerKg),
            (FigureName.ProteinTargetGramsPerDay, TargetGramsPerDay(weightKg)),
        };

        // No protein-rich portion at any meal gives no intake figure: "about 0 g a day" reads as a measurement.
        reasons.Add(code, severity, gramsPerDay > 0
            ? [(FigureName.ProteinGramsPerDay, gramsPerDay), (FigureName.ProteinGramsPerKg, gramsPerKg), .. target]
            : target);
    }
}
