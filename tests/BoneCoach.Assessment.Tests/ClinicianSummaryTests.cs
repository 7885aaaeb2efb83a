using System.Text.RegularExpressions;

namespace BoneCoach.Assessment.Tests;

public class ClinicianSummaryTests
{
    private static readonly DateOnly PreparedOn = new(2026, 11, 29);

    private static readonly LayerAnswers Mixed = Personas.AllOnTrack with
    {
        Loading = new LoadingAnswers { StrengthSessionsPerWeek = 0, WalkingDaysPerWeek = 5, ImpactDaysPerWeek = 1 },
        Substrate = new SubstrateAnswers { ProteinGramsPerDay = 50 },
        Minerals = Personas.AllOnTrack.Minerals with { FocusedOnSupplements = true, TakesVitaminK2 = true },
    };

    private static string Render(Profile profile, LayerAnswers answers, ProgressReport? progress = null) =>
        ClinicianSummary.Render(profile, answers, BoneAssessment.Assess(profile, answers), PreparedOn, progress);

    [Fact]
    public void Summary_lists_profile_scores_findings_and_the_plan_with_numbers()
    {
        var text = Render(Personas.Anna, Mixed);

        Assert.StartsWith("# Bone health summary", text);
        Assert.Contains("Prepared on 2026-11-29", text);
        Assert.Contains("- Age: 58 years", text);
        Assert.Contains("| OST | 0 (low risk) | yes |", text);
        Assert.Contains("### Mechanical loading: priority", text);
        Assert.Contains("- Finding: No strength training (0 strength sessions/week, threshold 2)", text);
        Assert.Contains("| Protein and collagen | needs work | Raise protein | target 72 g/day, target 1.2 g/kg/day, up to 1.6 g/kg/day, weight 60 kg, 7 days/week | Protein below target |", text);
        Assert.Contains("Minerals alone will not shift remodeling (Mechanical loading, Protein and collagen)", text);
        Assert.Contains("- Finding: Vitamin K2 optional not a fix", text);
        Assert.Contains("- Hormone therapy: current;", text);
        Assert.Contains("## Red flags\n\nNone reported.", text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Plan_rows_keep_the_hierarchy_order()
    {
        var text = Render(Personas.Anna, Mixed);

        var loading = text.IndexOf("| Mechanical loading | priority | Start strength training", StringComparison.Ordinal);
        var protein = text.IndexOf("| Protein and collagen | needs work | Raise protein", StringComparison.Ordinal);
        Assert.InRange(loading, 0, protein - 1);
    }

    [Fact]
    public void Red_flags_and_emergencies_are_stated_first()
    {
        var profile = Personas.Anna with { KnownTScore = -2.8, UrgentSymptoms = UrgentSymptoms.ChestPain };

        var text = Render(profile, Mixed);

        Assert.Contains("- Urgent chest pain: **emergency**", text);
        Assert.Contains("- Osteoporosis T-score (T-score -2.8, threshold -2.5): see a clinician; coaching adapted", text);
        Assert.Contains("No coaching: she was told to call local emergency services.", text);
        Assert.True(text.IndexOf("## Red flags", StringComparison.Ordinal) < text.IndexOf("## Profile", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_answers_read_as_not_given()
    {
        var text = Render(new Profile(), new LayerAnswers());

        Assert.Contains("- Age: not given", text);
        Assert.Contains("| SCORE | not enough information | not given |", text);
        Assert.Contains("### Minerals and cofactors: not enough information", text);
        Assert.Contains("- Oral glucocorticoids (prednisolone-equivalent): not given; for how long: not given", text);
    }

    [Fact]
    public void Contraindications_are_listed_in_plain_words()
    {
        var profile = Personas.Anna with { HormoneTherapyContraindications = HormoneTherapyContraindications.Stroke | HormoneTherapyContraindications.LiverDisease };

        Assert.Contains("contraindications reported: stroke, liver disease", Render(profile, Mixed));
    }

    [Fact]
    public void Check_in_progress_is_appended_when_given()
    {
        var plan = BoneAssessment.Assess(Personas.Anna, Mixed).Plan;
        var history = new[]
        {
            new CheckIn { WeekStarting = new DateOnly(2026, 11, 16), StrengthSessionsDone = 2 },
            new CheckIn { WeekStarting = new DateOnly(2026, 11, 23), StrengthSessionsDone = 2 },
        };

        var text = Render(Personas.Anna, Mixed, ProgressTracker.Track(plan, history));

        Assert.Contains("2 check-ins; latest week starting 2026-11-23.", text);
        Assert.Contains("| Strength sessions | 2 | 2 of 2 | Steady | Build reps and sets |", text);
    }

    [Fact]
    public void Every_code_renders_as_words_without_run_together_names()
    {
        var codes = Enum.GetValues<ReasonCode>().Cast<Enum>()
            .Concat(Enum.GetValues<ActionCode>().Cast<Enum>())
            .Concat(Enum.GetValues<RedFlagCode>().Cast<Enum>())
            .Concat(Enum.GetValues<PlanNoteCode>().Cast<Enum>());

        foreach (var code in codes)
        {
            var words = SummaryWording.Words(code);
            Assert.DoesNotMatch(new Regex("[a-z][A-Z]"), words);
            Assert.True(words.Length > code.ToString().Length - 1, code.ToString());
        }
    }

    [Fact]
    public void Same_input_renders_the_same_text() =>
        Assert.Equal(Render(Personas.Anna, Mixed), Render(Personas.Anna with { }, Mixed with { }));
}
