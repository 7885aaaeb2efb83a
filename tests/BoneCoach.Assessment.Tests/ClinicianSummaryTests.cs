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

    private static string Render(Profile profile, LayerAnswers answers, ProgressReport? progress = null, IReadOnlyList<ReportedConcern>? reported = null) =>
        ClinicianSummary.Render(profile, answers, BoneAssessment.Assess(profile, answers), PreparedOn, SummaryLanguages.English, progress, reported);

    [Fact]
    public void Summary_lists_profile_scores_findings_and_the_plan_with_numbers()
    {
        var text = Render(Personas.Anna, Mixed);

        Assert.StartsWith("# Bone health summary", text);
        Assert.Contains("Prepared on 2026-11-29", text);
        Assert.Contains("- Age: 58 years", text);
        Assert.Contains("| OST | 0 (low risk) | yes |", text);
        Assert.Contains("### Mechanical loading: priority", text);
        Assert.Contains("- Finding: No strength training (0 strength sessions/week, reference 2)", text);
        Assert.Contains("| Protein and collagen | needs work | Raise protein | target 72 g/day, target 1.2 g/kg/day, up to 1.6 g/kg/day, weight 60 kg, 7 days/week | Protein below target |", text);
        Assert.Contains("Minerals alone will not shift remodeling (Mechanical loading, Protein and collagen)", text);
        Assert.Contains("- Finding: Vitamin K2 optional not a fix", text);
        Assert.Contains("- Hormone therapy: current;", text);
        Assert.Contains("## Red flags\n\nNone found in her answers.", text.ReplaceLineEndings("\n"));
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

        Assert.Contains("- Chest pain at the time of the chat: **emergency**", text);
        Assert.Contains("- Osteoporosis T-score (-2.5 or lower) (T-score -2.8): see a clinician; coaching adapted", text);
        Assert.Contains("No coaching: she was told to call local emergency services.", text);
        Assert.True(text.IndexOf("## Red flags", StringComparison.Ordinal) < text.IndexOf("## Profile", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_answers_read_as_unknown()
    {
        var text = Render(new Profile(), new LayerAnswers());

        Assert.Contains("- Age: unknown", text);
        Assert.Contains("| SCORE | not enough information | unknown |", text);
        Assert.Contains("### Minerals and cofactors: not enough information", text);
        Assert.Contains("- Oral glucocorticoids (prednisolone-equivalent): unknown; for how long: unknown", text);
    }

    [Fact]
    public void No_steroid_tablets_reads_as_none_not_as_a_dose_of_nothing()
    {
        var text = Render(new Profile { TakesOralGlucocorticoids = false, OralGlucocorticoidPrednisoloneMgPerDay = 0, OralGlucocorticoidMonths = 0 }, new LayerAnswers());

        Assert.Contains("- Oral glucocorticoids: none", text);
        Assert.DoesNotContain("0 mg/day; for how long", text);
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
    public void Every_code_reads_as_words_without_run_together_names_in_both_languages()
    {
        var codes = Enum.GetValues<ReasonCode>().Cast<Enum>()
            .Concat(Enum.GetValues<ActionCode>().Cast<Enum>())
            .Concat(Enum.GetValues<RedFlagCode>().Cast<Enum>())
            .Concat(Enum.GetValues<PlanNoteCode>().Cast<Enum>());

        foreach (var wording in new[] { SummaryLanguages.English, SummaryLanguages.Spanish })
        {
            foreach (var code in codes)
            {
                var words = wording.Label(code);
                Assert.DoesNotMatch(new Regex("[a-z][A-Z]|[{}]"), words);
                Assert.True(words.Length > 3, code.ToString());
            }
        }
    }

    [Fact]
    public void Same_input_renders_the_same_text() =>
        Assert.Equal(Render(Personas.Anna, Mixed), Render(Personas.Anna with { }, Mixed with { }));

    [Fact]
    public void Figures_are_rounded_and_durations_said_in_years()
    {
        var profile = Personas.Anna with { HeightCm = 162.56, OralGlucocorticoidPrednisoloneMgPerDay = 7.5, OralGlucocorticoidMonths = 23.98, YearsSinceMenopause = 7.96 };

        var text = Render(profile, Mixed);

        Assert.Contains("height: 163 cm", text);
        Assert.Contains("- Years since menopause: 8 years", text);
        Assert.Contains("7.5 mg/day; for how long: 2 years", text);
        Assert.Contains("(7.5 mg/day prednisolone-equivalent, for 2 years)", text);
        Assert.DoesNotContain("23.98", text);
        Assert.DoesNotContain("162.56", text);
    }

    [Fact]
    public void A_red_flag_reads_in_plain_words_without_its_internal_name_or_threshold()
    {
        var text = Render(Personas.Anna with { LowTraumaFractureAfter50 = true }, Mixed);

        Assert.Contains("- Fracture from a fall from standing height or less after age 50: see a clinician", text);
        Assert.DoesNotContain("After50", text);
        Assert.DoesNotContain("threshold", text);
    }

    [Fact]
    public void Red_flags_from_every_check_in_and_the_chat_are_listed_with_their_day()
    {
        var reported = new[]
        {
            new ReportedConcern(new DateOnly(2026, 11, 23), Urgency.Clinician, "weekly check-in", Code: RedFlagCode.NewFallReported),
            new ReportedConcern(new DateOnly(2026, 11, 2), Urgency.Emergency, "said in the chat", What: "chest pain"),
        };

        var text = Render(Personas.Anna, Mixed, reported: reported).ReplaceLineEndings("\n");

        Assert.Contains("- Chest pain, reported 2026-11-02 (said in the chat): **emergency**: she was told to call emergency services\n"
            + "- A new fall, reported 2026-11-23 (weekly check-in): see a clinician", text);
        Assert.DoesNotContain("None found", text);
    }

    [Fact]
    public void A_fall_in_the_last_year_is_never_summed_up_as_no_red_flags()
    {
        var text = Render(Personas.Anna, Mixed with { Loading = Mixed.Loading with { AtRiskOfFalls = true } });

        Assert.Contains("- She said she has fallen in the last 12 months.", text);
        Assert.DoesNotContain("None found", text);
    }

    [Fact]
    public void Every_red_flag_code_has_a_plain_label()
    {
        foreach (var code in Enum.GetValues<RedFlagCode>())
        {
            var label = SummaryLanguages.English.Label(code);
            Assert.DoesNotMatch(new Regex("[a-z][A-Z]|[a-z][0-9]"), label);
        }
    }
}
