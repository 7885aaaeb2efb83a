using BoneCoach.Assessment;
using BoneCoachBot.Wording;

namespace BoneCoachBot.Tests.Wording;

public sealed class ClinicianSummaryMessageTests
{
    [Fact]
    public void The_attachment_decodes_to_the_cores_markdown_summary()
    {
        var answers = new LayerAnswers { Substrate = new SubstrateAnswers { ProteinGramsPerDay = 50 } };
        var result = BoneAssessment.Assess(Personas.SixtyKilos, answers);
        var markdown = ClinicianSummary.Render(Personas.SixtyKilos, answers, result, new DateOnly(2026, 11, 29), ShippedWording.Messages.SummaryWording);

        var message = ShippedWording.Messages.ClinicianSummaryMessage(markdown);

        var file = Assert.Single(message.Attachments);
        Assert.Equal("text/markdown", file.ContentType);
        Assert.Equal("bone-health-summary.md", file.Name);
        Assert.StartsWith("data:text/markdown;", file.ContentUrl, StringComparison.Ordinal);
        Assert.Equal(markdown, ClinicianSummaryFile.Read(file));
        Assert.Equal(ShippedWording.Wording.Plan(PlanTexts.SummaryMessage), message.Text);
    }

    [Fact]
    public void Non_ascii_text_survives_the_round_trip()
    {
        const string markdown = "# Summary\n\n- Protein: 1.2 g/kg × 60 kg; vitamin D 25 µg, T-score −2.7\n";

        var file = Assert.Single(ShippedWording.Messages.ClinicianSummaryMessage(markdown).Attachments);

        Assert.Equal(markdown, ClinicianSummaryFile.Read(file));
    }
}
