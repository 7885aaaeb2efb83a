using System.Text.Json;

namespace BoneCoach.Assessment.Tests;

// What the bot relies on when it stores results as plain JSON and renders cards from them.
public class ResultShapeTests
{
    private static readonly LayerAnswers Weak = Personas.AllOnTrack with
    {
        Loading = new LoadingAnswers { StrengthSessionsPerWeek = 1, ImpactDaysPerWeek = 2 },
        Substrate = new SubstrateAnswers { ProteinGramsPerDay = 40 },
    };

    [Fact]
    public void Assessment_result_round_trips_through_plain_JSON()
    {
        var result = BoneAssessment.Assess(Personas.Anna with { KnownTScore = -2.6 }, Weak);
        var json = JsonSerializer.Serialize(result);

        var back = JsonSerializer.Deserialize<AssessmentResult>(json)!;

        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.DoesNotContain("$type", json);
    }

    [Fact]
    public void Check_ins_and_progress_round_trip_through_plain_JSON()
    {
        var history = new[] { new CheckIn { WeekStarting = new DateOnly(2026, 2, 2), StrengthSessionsDone = 2, NewBackPain = true } };
        var report = ProgressTracker.Track(BoneAssessment.Assess(Personas.Anna, Weak).Plan, history);

        var historyBack = JsonSerializer.Deserialize<CheckIn[]>(JsonSerializer.Serialize(history))!;
        var reportBack = JsonSerializer.Deserialize<ProgressReport>(JsonSerializer.Serialize(report))!;

        Assert.Equal(history, historyBack);
        Assert.Equal(JsonSerializer.Serialize(report), JsonSerializer.Serialize(reportBack));
    }

    [Fact]
    public void Headline_is_the_heaviest_finding_of_a_layer()
    {
        var loading = BoneAssessment.Assess(Personas.Anna, Weak with { Loading = new LoadingAnswers { StrengthSessionsPerWeek = 0, ImpactDaysPerWeek = 2, WalkingDaysPerWeek = 3 } })
            .For(Layer.Loading);

        Assert.Equal(ReasonCode.NoStrengthTraining, loading.Headline!.Code);
        Assert.Null(BoneAssessment.Assess(new Profile(), new LayerAnswers()).For(Layer.Loading).Headline);
    }

    [Fact]
    public void Layer_lists_handed_out_cannot_be_changed_through_a_cast()
    {
        Assert.Throws<NotSupportedException>(() => ((IList<Layer>)Hierarchy.Order)[0] = Layer.Minerals);

        var first = RedFlags.Detect(Personas.Anna with { SuddenSevereBackPain = true }, Personas.AllOnTrack)[0];
        ((Layer[])first.StopsCoaching)[0] = Layer.Minerals;
        var second = RedFlags.Detect(Personas.Anna with { SuddenSevereBackPain = true }, Personas.AllOnTrack)[0];

        Assert.Equal([Layer.Loading], second.StopsCoaching);
    }

    [Fact]
    public void An_unknown_layer_value_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BoneAssessment.AssessLayer((Layer)42, Personas.Anna, Personas.AllOnTrack));

        Assert.Equal("layer", error.ParamName);
    }

    [Fact]
    public void Every_figure_has_a_label_carrying_its_value()
    {
        foreach (var name in Enum.GetValues<FigureName>())
        {
            var text = SummaryLanguages.English.Figure(new Figure(name, 12.5));

            // Durations are said in whole years or months ("13 years since menopause", "for 1 year").
            Assert.Contains(name switch { FigureName.YearsSinceMenopause => "13 years", FigureName.GlucocorticoidMonths => "1 year", _ => "12.5" }, text);
            Assert.True(name == FigureName.Threshold || !text.StartsWith("threshold", StringComparison.Ordinal), name.ToString());
        }
    }
}
