using System.Text;
using static BoneCoach.Assessment.SummaryWording;

namespace BoneCoach.Assessment;

// A Markdown page she can take to her GP: profile, answers, scores, flags and plan.
// The one place in the core that writes English; the bot's chat wording lives elsewhere.
public static class ClinicianSummary
{
    public static string Render(Profile profile, LayerAnswers answers, AssessmentResult result, DateOnly preparedOn,
        ProgressReport? progress = null, IReadOnlyList<ReportedConcern>? reported = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.AppendLine("# Bone health summary for your clinician");
        text.AppendLine();
        text.AppendLine($"Prepared on {preparedOn:yyyy-MM-dd} by BoneCoachBot, an educational coach. "
            + "This is not a diagnosis and suggests no medicines or doses; please use your own judgement.");
        RedFlagSection(text, result.RedFlags, reported ?? [], answers.Loading.AtRiskOfFalls == true);
        ProfileSection(text, profile);
        SummaryAnswers.Write(text, answers, result);
        ScreeningSection(text, result.Screening);
        PlanSection(text, result.Plan);
        if (progress is not null)
        {
            ProgressSection(text, progress);
        }

        return text.ToString();
    }

    // Every flag by its label (a new code gets words from its name), never the rule's internal threshold; what she
    // reported in the chat and check-ins with its day; and never "none" once she said she fell.
    private static void RedFlagSection(StringBuilder text, IReadOnlyList<RedFlag> flags, IReadOnlyList<ReportedConcern> reported, bool fellLastYear)
    {
        text.AppendLine().AppendLine("## Red flags");
        text.AppendLine();
        foreach (var flag in flags)
        {
            var figures = flag.Figures.Where(f => f.Name != FigureName.Threshold).ToList();
            var shown = figures.Count == 0 ? string.Empty : $" ({Figures(figures)})";
            text.AppendLine($"- {Label(flag.Code)}{shown}: {Advice(flag.Urgency)}{Coaching(flag)}");
        }

        foreach (var concern in reported.OrderBy(c => c.ReportedOn))
        {
            var what = concern.Code is { } code ? Label(code) : concern.What ?? "a concern";
            text.AppendLine($"- {Capitalised(what)}, reported {concern.ReportedOn:yyyy-MM-dd} ({concern.Where}): {Advice(concern.Urgency)}");
        }

        if (fellLastYear)
        {
            text.AppendLine("- She said she has fallen in the last 12 months.");
        }

        if (flags.Count == 0 && reported.Count == 0 && !fellLastYear)
        {
            text.AppendLine("None found in her answers.");
        }
    }

    private static string Advice(Urgency urgency) => urgency == Urgency.Emergency ? "**emergency**: she was told to call emergency services" : "see a clinician";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Coaching(RedFlag flag) =>
        (flag.StopsCoaching.Count > 0 ? $"; coaching paused for {string.Join(", ", flag.StopsCoaching.Select(LayerName))}" : string.Empty)
        + (flag.Adapts.Count > 0 ? $"; coaching adapted (physiotherapist-led, no impact beyond brisk walking when restricted) for {string.Join(", ", flag.Adapts.Select(LayerName))}" : string.Empty);

    private static void ProfileSection(StringBuilder text, Profile profile)
    {
        text.AppendLine().AppendLine("## Profile");
        text.AppendLine();
        text.AppendLine($"- Age: {Known(profile.AgeYears, " years")}");
        text.AppendLine($"- Weight: {Known(profile.WeightKg, " kg")}; height: {Known(profile.HeightCm, " cm")}; BMI: {Known(Units.Bmi(profile.WeightKg, profile.HeightCm), string.Empty)}");
        text.AppendLine($"- Years since menopause: {KnownYears(profile.YearsSinceMenopause)}");
        text.AppendLine($"- Low-trauma fracture after {Thresholds.LowTraumaFractureAgeYears}: {Known(profile.LowTraumaFractureAfter50)}; "
            + $"wrist/hip/rib fractures after {Thresholds.ScoreFractureAfterAgeYears}: {Known(profile.LowTraumaFracturesAfter45, string.Empty)}; "
            + $"known vertebral fracture: {Known(profile.KnownVertebralFracture)}");
        text.AppendLine($"- Height loss she remembers: {Known(profile.HeightLossHistoricalCm, " cm")}; measured: {Known(profile.HeightLossMeasuredCm, " cm")}");
        text.AppendLine($"- Sudden severe back pain: {Known(profile.SuddenSevereBackPain)}; growing stoop: {Known(profile.GrowingStoop)}");
        text.AppendLine($"- Oral glucocorticoids (prednisolone-equivalent): {Known(profile.OralGlucocorticoidPrednisoloneMgPerDay, " mg/day")}; for how long: {KnownMonths(profile.OralGlucocorticoidMonths)}");
        text.AppendLine($"- Hormone therapy contraindications reported: {Contraindications(profile.HormoneTherapyContraindications)}");
        text.AppendLine($"- Kidney function (eGFR): {Known(profile.KidneyEgfr, string.Empty)}; on dialysis: {Known(profile.OnDialysis)}; rheumatoid arthritis: {Known(profile.RheumatoidArthritis)}");
        text.AppendLine($"- Fracture from a small fall, not sure: {Known(profile.LowTraumaFractureNotSure)}; spine fracture, not sure: {Known(profile.VertebralFractureNotSure)}; "
            + $"kidney disease: {Known(profile.KidneyDisease)}; early menopause: {Known(profile.EarlyMenopause)}; parent's hip fracture: {Known(profile.ParentHipFracture)}");
        text.AppendLine($"- Conditions that cause bone loss: {Known(profile.BoneLossConditions)}; medicines: {Known(profile.BoneLossMedicines)}; "
            + $"osteoporosis diagnosed: {Known(profile.OsteoporosisDiagnosed)}; bone medicine: {Known(profile.BoneMedicine)}");
        text.AppendLine($"- Known T-score: {Known(profile.KnownTScore, string.Empty)}; FRAX from the official calculator: hip {Known(profile.Frax?.HipFracturePercent, "%")}, major osteoporotic {Known(profile.Frax?.MajorOsteoporoticFracturePercent, "%")}");
    }

    private static string Contraindications(HormoneTherapyContraindications? found) => found switch
    {
        null => Unknown,
        HormoneTherapyContraindications.None => "none",
        { } flags => string.Join(", ", Enum.GetValues<HormoneTherapyContraindications>()
            .Where(f => f != HormoneTherapyContraindications.None && flags.HasFlag(f)).Select(f => Words(f).ToLowerInvariant())),
    };

    private static void ScreeningSection(StringBuilder text, ScreeningResult screening)
    {
        text.AppendLine().AppendLine("## Screening scores");
        text.AppendLine();
        text.AppendLine("| Tool | Score | Suggests a bone density scan |");
        text.AppendLine("|---|---|---|");
        text.AppendLine($"| OST | {Score(screening.Ost)}{(screening.OstBand is { } band ? $" ({Words(band).ToLowerInvariant()} risk)" : string.Empty)} | {Known(screening.OstSuggestsScreening)} |");
        text.AppendLine($"| ORAI | {Score(screening.Orai)} | {Known(screening.OraiSuggestsScan)} |");
        text.AppendLine($"| SCORE | {Score(screening.Score)} | {Known(screening.ScoreSuggestsScan)} |");
        text.AppendLine();
        text.AppendLine("FRAX is not calculated here; any FRAX figure above is the one she brought from the official tool.");
    }

    private static string Score(int? score) => score is { } s ? Number(s) : "not enough information";

    private static void PlanSection(StringBuilder text, Plan plan)
    {
        text.AppendLine().AppendLine("## Coaching plan");
        text.AppendLine();
        if (plan.IsEmergency)
        {
            text.AppendLine("No coaching: she was told to call local emergency services.");
            return;
        }

        text.AppendLine("In the order the coaching model puts them (loading, endocrine, inflammation, protein, minerals).");
        text.AppendLine();
        text.AppendLine("| Layer | Status | Step | Target | Why |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var action in plan.Actions.Concat(plan.KeepDoing))
        {
            var why = action.RedFlag is { } flag ? Label(flag) : action.Reason is { } reason ? Words(reason) : string.Empty;
            text.AppendLine($"| {LayerName(action.Layer)} | {Status(action.LayerStatus)} | {Words(action.Code)} | {Figures(action.Target.Figures)} | {why} |");
        }

        foreach (var note in plan.Notes)
        {
            text.AppendLine().Append($"- Note: {Words(note.Code)} ({string.Join(", ", note.Layers.Select(LayerName))})");
        }

        text.AppendLine();
    }

    private static void ProgressSection(StringBuilder text, ProgressReport progress)
    {
        text.AppendLine().AppendLine("## Weekly check-ins");
        text.AppendLine();
        text.AppendLine($"{progress.CheckInCount} check-ins; latest week starting {progress.LatestWeek?.ToString("yyyy-MM-dd") ?? "none"}.");
        text.AppendLine();
        text.AppendLine("| Goal | Weekly goal | Weeks at goal | Trend | Next step |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var target in progress.Targets)
        {
            text.AppendLine($"| {Words(target.Goal.Metric)} | {Number(target.Goal.WeeklyGoal)} | {target.WeeksAtTarget} of {target.WeeksReported} | {Words(target.Trend)} | {Words(target.NextAdjustment)} |");
        }
    }
}
