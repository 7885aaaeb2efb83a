namespace BoneCoach.Assessment.Tests;

/// <summary>A former smoker reads as one in the clinician summary: not "no", as for a woman who never smoked.</summary>
public class FormerSmokerSummaryTests
{
    private static readonly DateOnly PreparedOn = new(2026, 11, 29);

    [Theory]
    [InlineData(false, true, "smokes: no (stopped)")]
    [InlineData(false, null, "smokes: no")]
    [InlineData(true, null, "smokes: yes")]
    public void The_habits_line_tells_a_former_smoker_from_one_who_never_smoked(bool smokes, bool? smokedBefore, string expected)
    {
        var answers = Personas.AllOnTrack with { Inflammation = Personas.AllOnTrack.Inflammation with { Smokes = smokes, SmokedBefore = smokedBefore } };

        var text = ClinicianSummary.Render(Personas.Anna, answers, BoneAssessment.Assess(Personas.Anna, answers), PreparedOn, SummaryLanguages.English);

        Assert.Contains(text.Split('\n'), line => line.TrimEnd().EndsWith(expected, StringComparison.Ordinal));
    }
}
