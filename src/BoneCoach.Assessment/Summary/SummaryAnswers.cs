using System.Text;
using static BoneCoach.Assessment.SummaryWording;

namespace BoneCoach.Assessment;

// The "answers by layer" part of the clinician summary: what she said, then what the core found.
internal static class SummaryAnswers
{
    public static void Write(StringBuilder text, LayerAnswers answers, AssessmentResult result)
    {
        text.AppendLine().AppendLine("## Answers and findings by layer");
        foreach (var layer in Hierarchy.Order)
        {
            var layerResult = result.For(layer);
            text.AppendLine().AppendLine($"### {LayerName(layer)}: {Status(layerResult.Status)}");
            text.AppendLine();
            foreach (var line in AnswerLines(layer, answers))
            {
                text.AppendLine($"- {line}");
            }

            foreach (var reason in layerResult.Reasons)
            {
                var figures = reason.Figures.Count == 0 ? string.Empty : $" ({Figures(reason.Figures)})";
                text.AppendLine($"- Finding: {Words(reason.Code)}{figures}");
            }
        }
    }

    private static IEnumerable<string> AnswerLines(Layer layer, LayerAnswers answers) => layer switch
    {
        Assessment.Layer.Loading => Loading(answers.Loading),
        Assessment.Layer.Endocrine => Endocrine(answers.Endocrine),
        Assessment.Layer.Substrate => Substrate(answers.Substrate),
        Assessment.Layer.Inflammation => Inflammation(answers.Inflammation),
        _ => Minerals(answers.Minerals),
    };

    private static string[] Loading(LoadingAnswers a) =>
    [
        $"Strength sessions a week: {Known(a.StrengthSessionsPerWeek, string.Empty)} (intensity: {Known(a.StrengthIntensity)})",
        $"Impact days a week: {Known(a.ImpactDaysPerWeek, string.Empty)}; walking days: {Known(a.WalkingDaysPerWeek, string.Empty)}; balance sessions: {Known(a.BalanceSessionsPerWeek, string.Empty)}",
        $"At risk of falls: {Known(a.AtRiskOfFalls)}; falls in 12 months: {Known(a.FallsInLastYear, string.Empty)}; a fall that hurt: {Known(a.InjuriousFall)}; fear of falling: {Known(a.FearOfFalling)}; several low-trauma fractures: {Known(a.SeveralLowTraumaFractures)}",
    ];

    private static string[] Endocrine(EndocrineAnswers a) =>
    [
        $"Hormone therapy: {Known(a.HormoneTherapy)}; asked about it: {Known(a.AsksAboutHormoneTherapy)}",
        $"25(OH)D: {Known(a.VitaminDNgPerMl, " ng/mL")}",
        $"Fasting glucose: {Known(a.FastingGlucoseMgPerDl, " mg/dL")}; HbA1c: {Known(a.HbA1cPercent, "%")}",
        $"Thyroid or cortisol-type medicine: {Known(a.TakesThyroidOrCortisolMedicine)}",
    ];

    private static string[] Substrate(SubstrateAnswers a) =>
    [
        $"Protein: {Known(a.ProteinGramsPerDay, " g/day")}{(a.ProteinIsMealEstimate == true ? " (estimated from meals)" : string.Empty)}; collagen: {Known(a.TakesCollagen)}",
    ];

    private static string[] Inflammation(InflammationAnswers a) =>
    [
        $"Waist: {Known(a.WaistCm, " cm")}; sleep: {Known(a.SleepHoursPerNight, " h a night")}",
        $"Sugar or ultra-processed food: {Known(a.SugarOrUltraProcessed)}; alcohol: {Known(a.AlcoholUnitsPerWeek, " units/week")}; smokes: {Known(a.Smokes)}",
        $"Omega-3 (EPA+DHA): {Known(a.Omega3MgPerDay, " mg/day")}",
    ];

    private static string[] Minerals(MineralsAnswers a) =>
    [
        $"Calcium: {Known(a.CalciumFoodMgPerDay, " mg/day")} from food, {Known(a.CalciumSupplementMgPerDay, " mg/day")} as supplement",
        $"Vitamin D supplement: {Known(a.VitaminDSupplementIuPerDay, " IU/day")}",
        $"Magnesium: {Known(a.MagnesiumFoodMgPerDay, " mg/day")} from food, {Known(a.MagnesiumSupplementMgPerDay, " mg/day")} as supplement",
        $"Vitamin K2: {Known(a.TakesVitaminK2)}; warfarin: {Known(a.TakesWarfarin)}",
    ];
}
