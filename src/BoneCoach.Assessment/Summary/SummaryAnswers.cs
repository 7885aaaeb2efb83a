using System.Text;

namespace BoneCoach.Assessment;

// The "answers by layer" part of the clinician summary: what she said, then what the core found.
internal static class SummaryAnswers
{
    public static void Write(StringBuilder text, SummaryWording w, LayerAnswers answers, AssessmentResult result)
    {
        text.AppendLine().AppendLine($"## {w.Text("section.answers")}");
        foreach (var layer in Hierarchy.Order)
        {
            var layerResult = result.For(layer);
            text.AppendLine().AppendLine($"### {w.Label(layer)}: {w.Label(layerResult.Status)}");
            text.AppendLine();
            foreach (var line in AnswerLines(w, layer, answers))
            {
                text.AppendLine($"- {line}");
            }

            foreach (var reason in layerResult.Reasons)
            {
                var figures = reason.Figures.Count == 0 ? string.Empty : $" ({w.Figures(reason.Figures)})";
                text.AppendLine($"- {w.Fill("answers.finding", ("finding", w.Label(reason.Code) + figures))}");
            }
        }
    }

    private static IEnumerable<string> AnswerLines(SummaryWording w, Layer layer, LayerAnswers answers) => layer switch
    {
        Layer.Loading => Loading(w, answers.Loading),
        Layer.Endocrine => Endocrine(w, answers.Endocrine),
        Layer.Substrate => Substrate(w, answers.Substrate),
        Layer.Inflammation => Inflammation(w, answers.Inflammation),
        _ => Minerals(w, answers.Minerals),
    };

    private static string[] Loading(SummaryWording w, LoadingAnswers a) =>
    [
        w.Fill("answers.strength", ("sessions", w.Known(a.StrengthSessionsPerWeek)), ("intensity", w.Known(a.StrengthIntensity))),
        w.Fill("answers.impact", ("impact", w.Known(a.ImpactDaysPerWeek)), ("walking", w.Known(a.WalkingDaysPerWeek)), ("balance", w.Known(a.BalanceSessionsPerWeek))),
        w.Fill("answers.falls", ("atRisk", w.Known(a.AtRiskOfFalls)), ("falls", w.Known(a.FallsInLastYear)), ("injurious", w.Known(a.InjuriousFall)),
            ("fear", w.Known(a.FearOfFalling)), ("several", w.Known(a.SeveralLowTraumaFractures))),
    ];

    private static string[] Endocrine(SummaryWording w, EndocrineAnswers a) =>
    [
        w.Fill("answers.hormoneTherapy", ("status", w.Known(a.HormoneTherapy)), ("asked", w.Known(a.AsksAboutHormoneTherapy))),
        w.Fill("answers.vitaminD", ("level", w.Known(a.VitaminDNgPerMl, "unit.ngPerMl"))),
        w.Fill("answers.glucose", ("glucose", w.Known(a.FastingGlucoseMgPerDl, "unit.mgPerDl")), ("hbA1c", w.Known(a.HbA1cPercent, "unit.percent"))),
        w.Fill("answers.thyroid", ("medicine", w.Known(a.TakesThyroidOrCortisolMedicine))),
    ];

    private static string[] Substrate(SummaryWording w, SubstrateAnswers a) =>
    [
        w.Fill("answers.protein", ("protein", w.Known(a.ProteinGramsPerDay, "unit.gPerDay") + (a.ProteinIsMealEstimate == true ? " " + w.Text("answers.proteinEstimated") : string.Empty)),
            ("collagen", w.Known(a.TakesCollagen))),
    ];

    private static string[] Inflammation(SummaryWording w, InflammationAnswers a) =>
    [
        w.Fill("answers.waistSleep", ("waist", w.Known(a.WaistCm, "unit.cm")), ("sleep", w.Known(a.SleepHoursPerNight, "unit.hoursPerNight"))),
        w.Fill("answers.habits", ("sugar", w.Known(a.SugarOrUltraProcessed)), ("alcohol", w.Known(a.AlcoholUnitsPerWeek, "unit.unitsPerWeek")), ("smokes", a is { Smokes: false, SmokedBefore: true } ? w.Text("answers.formerSmoker") : w.Known(a.Smokes))),
        w.Fill("answers.omega3", ("omega3", w.Known(a.Omega3MgPerDay, "unit.mgPerDay"))),
    ];

    private static string[] Minerals(SummaryWording w, MineralsAnswers a) =>
    [
        w.Fill("answers.calcium", ("food", w.Known(a.CalciumFoodMgPerDay, "unit.mgPerDay")), ("supplement", w.Known(a.CalciumSupplementMgPerDay, "unit.mgPerDay"))),
        w.Fill("answers.vitaminDSupplement", ("dose", w.Known(a.VitaminDSupplementIuPerDay, "unit.iuPerDay"))),
        w.Fill("answers.magnesium", ("food", w.Known(a.MagnesiumFoodMgPerDay, "unit.mgPerDay")), ("supplement", w.Known(a.MagnesiumSupplementMgPerDay, "unit.mgPerDay"))),
        w.Fill("answers.vitaminK2", ("k2", w.Known(a.TakesVitaminK2)), ("warfarin", w.Known(a.TakesWarfarin))),
    ];
}
