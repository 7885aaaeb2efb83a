using System.Text;

namespace BoneCoach.Assessment;

// A Markdown page she can take to her GP: profile, answers, scores, flags and plan, in the words it is given (her
// language); the Markdown marks and the order of the page are the same in every language.
public static class ClinicianSummary
{
    public static string Render(Profile profile, LayerAnswers answers, AssessmentResult result, DateOnly preparedOn, SummaryWording wording,
        ProgressReport? progress = null, IReadOnlyList<ReportedConcern>? reported = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(wording);
        var w = wording;
        var text = new StringBuilder();
        text.AppendLine($"# {w.Text(SummaryKeys.Title)}");
        text.AppendLine();
        text.AppendLine(w.Fill(SummaryKeys.Prepared, ("date", w.Date(preparedOn))));
        RedFlagSection(text, w, result.RedFlags, reported ?? [], answers.Loading.AtRiskOfFalls == true);
        ProfileSection(text, w, profile);
        SummaryAnswers.Write(text, w, answers, result);
        ScreeningSection(text, w, result.Screening);
        PlanSection(text, w, result.Plan);
        if (progress is not null)
        {
            ProgressSection(text, w, progress);
        }

        return text.ToString();
    }

    // Every flag by its label, never the rule's internal threshold; what she reported in the chat and check-ins with
    // its day; and never "none" once she said she fell.
    private static void RedFlagSection(StringBuilder text, SummaryWording w, IReadOnlyList<RedFlag> flags, IReadOnlyList<ReportedConcern> reported, bool fellLastYear)
    {
        text.AppendLine().AppendLine($"## {w.Text("section.redFlags")}");
        text.AppendLine();
        foreach (var flag in flags)
        {
            var figures = flag.Figures.Where(f => f.Name != FigureName.Threshold).ToList();
            var shown = figures.Count == 0 ? string.Empty : $" ({w.Figures(figures)})";
            text.AppendLine($"- {w.Label(flag.Code)}{shown}: {Advice(w, flag.Urgency)}{Coaching(w, flag)}");
        }

        foreach (var concern in reported.OrderBy(c => c.ReportedOn))
        {
            var what = concern.Code is { } code ? w.Label(code) : concern.What ?? w.Text("redFlags.unnamedConcern");
            var line = w.Fill("redFlags.reported", ("what", Capitalised(what)), ("date", w.Date(concern.ReportedOn)), ("where", concern.Where));
            text.AppendLine($"- {line}: {Advice(w, concern.Urgency)}");
        }

        if (fellLastYear)
        {
            text.AppendLine($"- {w.Text("redFlags.fellLastYear")}");
        }

        if (flags.Count == 0 && reported.Count == 0 && !fellLastYear)
        {
            text.AppendLine(w.Text("redFlags.none"));
        }
    }

    private static string Advice(SummaryWording w, Urgency urgency) => w.Text(urgency == Urgency.Emergency ? "advice.emergency" : "advice.clinician");

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Coaching(SummaryWording w, RedFlag flag) =>
        (flag.StopsCoaching.Count > 0 ? w.Fill("coaching.paused", ("layers", Layers(w, flag.StopsCoaching))) : string.Empty)
        + (flag.Adapts.Count > 0 ? w.Fill("coaching.adapted", ("layers", Layers(w, flag.Adapts))) : string.Empty);

    private static string Layers(SummaryWording w, IEnumerable<Layer> layers) => string.Join(", ", layers.Select(l => w.Label(l)));

    private static void ProfileSection(StringBuilder text, SummaryWording w, Profile profile)
    {
        text.AppendLine().AppendLine($"## {w.Text("section.profile")}");
        text.AppendLine();
        Item(text, w.Fill("profile.age", ("age", w.Known(profile.AgeYears, "unit.years"))));
        Item(text, w.Fill("profile.body", ("weight", w.Known(profile.WeightKg, "unit.kg")), ("height", w.Known(profile.HeightCm, "unit.cm")),
            ("bmi", w.Known(Units.Bmi(profile.WeightKg, profile.HeightCm)))));
        Item(text, w.Fill("profile.yearsSinceMenopause", ("years", w.KnownYears(profile.YearsSinceMenopause))));
        Item(text, w.Fill("profile.fractures", ("fractureAge", w.Number(Thresholds.LowTraumaFractureAgeYears)), ("lowTrauma", w.Known(profile.LowTraumaFractureAfter50)),
            ("scoreAge", w.Number(Thresholds.ScoreFractureAfterAgeYears)), ("wristHipRib", w.Known(profile.LowTraumaFracturesAfter45)),
            ("vertebral", w.Known(profile.KnownVertebralFracture))));
        Item(text, w.Fill("profile.heightLoss", ("remembered", w.Known(profile.HeightLossHistoricalCm, "unit.cm")), ("measured", w.Known(profile.HeightLossMeasuredCm, "unit.cm"))));
        Item(text, w.Fill("profile.back", ("backPain", w.Known(profile.SuddenSevereBackPain)), ("stoop", w.Known(profile.GrowingStoop))));
        // "No" to steroid tablets is none, not a dose of 0 mg/day taken for less than a month.
        Item(text, profile.TakesOralGlucocorticoids == false
            ? w.Fill("profile.glucocorticoidsNone")
            : w.Fill("profile.glucocorticoids", ("dose", w.Known(profile.OralGlucocorticoidPrednisoloneMgPerDay, "unit.mgPerDay")),
                ("duration", w.KnownMonths(profile.OralGlucocorticoidMonths))));
        Item(text, w.Fill("profile.contraindications", ("contraindications", Contraindications(w, profile.HormoneTherapyContraindications))));
        Item(text, w.Fill("profile.kidney", ("egfr", w.Known(profile.KidneyEgfr)), ("dialysis", w.Known(profile.OnDialysis)), ("ra", w.Known(profile.RheumatoidArthritis))));
        Item(text, w.Fill("profile.notSure", ("fractureNotSure", w.Known(profile.LowTraumaFractureNotSure)), ("spineNotSure", w.Known(profile.VertebralFractureNotSure)),
            ("kidneyDisease", w.Known(profile.KidneyDisease)), ("earlyMenopause", w.Known(profile.EarlyMenopause)), ("parentHip", w.Known(profile.ParentHipFracture))));
        Item(text, w.Fill("profile.boneLoss", ("conditions", w.Known(profile.BoneLossConditions)), ("medicines", w.Known(profile.BoneLossMedicines)),
            ("osteoporosis", w.Known(profile.OsteoporosisDiagnosed)), ("boneMedicine", w.Known(profile.BoneMedicine))));
        Item(text, w.Fill("profile.tScoreFrax", ("tScore", w.Known(profile.KnownTScore)), ("fraxHip", w.Known(profile.Frax?.HipFracturePercent, "unit.percent")),
            ("fraxMajor", w.Known(profile.Frax?.MajorOsteoporoticFracturePercent, "unit.percent"))));
    }

    private static void Item(StringBuilder text, string line) => text.AppendLine($"- {line}");

    private static string Contraindications(SummaryWording w, HormoneTherapyContraindications? found) => found switch
    {
        null => w.Text(SummaryKeys.Unknown),
        HormoneTherapyContraindications.None => w.Text(SummaryKeys.None),
        { } flags => w.Label(flags),
    };

    private static void ScreeningSection(StringBuilder text, SummaryWording w, ScreeningResult screening)
    {
        text.AppendLine().AppendLine($"## {w.Text("section.screening")}");
        text.AppendLine();
        Row(text, w.Text("screening.tool"), w.Text("screening.score"), w.Text("screening.suggestsScan"));
        text.AppendLine("|---|---|---|");
        var band = screening.OstBand is { } ost ? $" ({w.Fill("screening.band", ("band", w.Label(ost)))})" : string.Empty;
        Row(text, "OST", Score(w, screening.Ost) + band, w.Known(screening.OstSuggestsScreening));
        Row(text, "ORAI", Score(w, screening.Orai), w.Known(screening.OraiSuggestsScan));
        Row(text, "SCORE", Score(w, screening.Score), w.Known(screening.ScoreSuggestsScan));
        text.AppendLine();
        text.AppendLine(w.Text("screening.fraxNote"));
    }

    private static void Row(StringBuilder text, params string[] cells) => text.AppendLine($"| {string.Join(" | ", cells)} |");

    private static string Score(SummaryWording w, int? score) => score is { } s ? w.Number(s) : w.Text("screening.notEnoughInformation");

    private static void PlanSection(StringBuilder text, SummaryWording w, Plan plan)
    {
        text.AppendLine().AppendLine($"## {w.Text("section.plan")}");
        text.AppendLine();
        if (plan.IsEmergency)
        {
            text.AppendLine(w.Text("plan.emergency"));
            return;
        }

        text.AppendLine(w.Text("plan.order"));
        text.AppendLine();
        Row(text, w.Text("plan.layer"), w.Text("plan.status"), w.Text("plan.step"), w.Text("plan.target"), w.Text("plan.why"));
        text.AppendLine("|---|---|---|---|---|");
        foreach (var action in plan.Actions.Concat(plan.KeepDoing))
        {
            var why = action.RedFlag is { } flag ? w.Label(flag) : action.Reason is { } reason ? w.Label(reason) : string.Empty;
            Row(text, w.Label(action.Layer), w.Label(action.LayerStatus), w.Label(action.Code), w.Figures(action.Target.Figures), why);
        }

        foreach (var note in plan.Notes)
        {
            text.AppendLine().Append("- ").Append(w.Fill("plan.note", ("note", w.Label(note.Code)), ("layers", Layers(w, note.Layers))));
        }

        text.AppendLine();
    }

    private static void ProgressSection(StringBuilder text, SummaryWording w, ProgressReport progress)
    {
        text.AppendLine().AppendLine($"## {w.Text("section.progress")}");
        text.AppendLine();
        var week = progress.LatestWeek is { } latest ? w.Date(latest) : w.Text("progress.noWeek");
        text.AppendLine(w.Fill("progress.count", ("count", w.Number(progress.CheckInCount)), ("week", week)));
        text.AppendLine();
        Row(text, w.Text("progress.goal"), w.Text("progress.weeklyGoal"), w.Text("progress.weeksAtGoal"), w.Text("progress.trend"), w.Text("progress.nextStep"));
        text.AppendLine("|---|---|---|---|---|");
        foreach (var target in progress.Targets)
        {
            var weeks = w.Fill("progress.weeksOf", ("atGoal", w.Number(target.WeeksAtTarget)), ("reported", w.Number(target.WeeksReported)));
            Row(text, w.Label(target.Goal.Metric), w.Number(target.Goal.WeeklyGoal), weeks, w.Label(target.Trend), w.Label(target.NextAdjustment));
        }
    }
}
