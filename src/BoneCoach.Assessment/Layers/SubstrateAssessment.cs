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
            reasons.Add(ReasonCode.KidneyCautionBeforeRaisingProtein, Severity.Note,
                (FigureName.KidneyEgfr, profile.KidneyEgfr!.Value), (FigureName.Threshold, KidneyCautionEgfr));
        }

        return LayerResult.From(Layer.Substrate, hasKeyAnswer, reasons.Items);
    }

    // PROT-AGE: eGFR < 30 and not on dialysis → a clinician decides before protein goes up.
    public static bool NeedsKidneyCaution(Profile profile) =>
        profile.KidneyEgfr < KidneyCautionEgfr && profile.OnDialysis != true;

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
        reasons.Add(code, severity,
            (FigureName.ProteinGramsPerDay, gramsPerDay),
            (FigureName.ProteinGramsPerKg, gramsPerKg),
            (FigureName.WeightKg, weightKg),
            (FigureName.ProteinTargetGramsPerKg, ProteinTargetGramsPerKg),
            (FigureName.ProteinTargetGramsPerDay, TargetGramsPerDay(weightKg)));
    }
}
