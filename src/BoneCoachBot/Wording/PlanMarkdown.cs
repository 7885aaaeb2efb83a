using System.Text;

namespace BoneCoachBot.Wording;

/// <summary>
/// The plan as Markdown for channels without cards and for "plan" in a transcript; it stays readable
/// where Markdown is shown raw (SMS): numbered layers, one step per line.
/// </summary>
internal sealed class PlanMarkdown(CoachingWording wording)
{
    public string Write(PlanLayout layout)
    {
        var text = new StringBuilder();
        text.Append("**").Append(layout.Title).AppendLine("**");
        text.AppendLine(layout.Subtitle);
        text.AppendLine().AppendLine(layout.Medicines);
        if (layout.ClinicianTopics.Count > 0)
        {
            text.AppendLine().Append("**").Append(wording.Plan(PlanTexts.ClinicianTopics)).AppendLine("**");
            foreach (var topic in layout.ClinicianTopics)
            {
                text.Append("- ").AppendLine(topic);
            }
        }

        if (layout.MineralsNote is not null)
        {
            text.AppendLine().Append("> ").AppendLine(layout.MineralsNote);
        }

        foreach (var row in layout.Rows)
        {
            WriteRow(text, row);
        }

        if (layout.Notes.Count > 0)
        {
            text.AppendLine().Append("**").Append(wording.Plan(PlanTexts.Notes)).AppendLine("**");
            foreach (var note in layout.Notes)
            {
                text.Append("- ").AppendLine(note);
            }
        }

        text.AppendLine().Append(layout.SummaryHint);
        return text.ToString();
    }

    private void WriteRow(StringBuilder text, PlanRow row)
    {
        text.AppendLine().Append("**").Append(row.Number).Append(". ").Append(row.LayerName).Append("** (").Append(row.StatusLabel).AppendLine(")");
        foreach (var finding in row.Findings)
        {
            text.Append("- ").AppendLine(finding);
        }

        foreach (var step in row.Focus)
        {
            WriteStep(text, step, prefix: string.Empty);
        }

        foreach (var step in row.KeepDoing)
        {
            WriteStep(text, step, prefix: wording.Plan(PlanTexts.KeepDoing) + ": ");
        }

        if (row.Remark is not null)
        {
            text.Append("- ").AppendLine(row.Remark);
        }
    }

    private void WriteStep(StringBuilder text, PlanStep step, string prefix)
    {
        text.Append("- ").Append(prefix).Append("**").Append(step.Title).Append("**");
        if (step.Target is not null)
        {
            text.Append(". ").Append(wording.Plan(PlanTexts.Target)).Append(": ").Append(step.Target);
        }

        text.Append(". ").Append(wording.Plan(PlanTexts.Why)).Append(": ").AppendLine(step.Why);
    }
}
