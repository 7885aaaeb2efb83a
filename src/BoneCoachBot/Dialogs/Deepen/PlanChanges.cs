using BoneCoach.Assessment;
using BoneCoachBot.Commands;
using BoneCoachBot.Wording;

namespace BoneCoachBot.Dialogs;

/// <summary>What new answers changed in her plan, in words: layers whose status moved, and new steps.</summary>
public sealed class PlanChanges(CoachingWording wording, CommandCatalog commands)
{
    public string Describe(PlanSnapshot before, AssessmentResult after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var now = PlanSnapshot.Of(after);
        var lines = Hierarchy.Order
            .Where(layer => before.Statuses.GetValueOrDefault(layer.ToString()) != now.Statuses[layer.ToString()])
            .Select(layer => Fill(commands.Text(DeepenTextKeys.LayerNowStatus), wording.Plan(WordingKeys.LayerName(layer)), StatusWord(after, layer)))
            .Concat(after.Plan.Actions.Where(a => !before.Steps.Contains(PlanSnapshot.Step(a)))
                .Select(a => Fill(commands.Text(DeepenTextKeys.NewStep), wording.Plan(WordingKeys.ActionTitle(a.Code)))))
            .Distinct()
            .ToList();
        return lines.Count == 0
            ? commands.Text(DeepenTextKeys.PlanUnchanged)
            : commands.Text(DeepenTextKeys.PlanChanged) + "\n" + string.Join("\n", lines.Select(l => "- " + l));
    }

    public static bool Changed(PlanSnapshot before, AssessmentResult after)
    {
        ArgumentNullException.ThrowIfNull(before);
        var now = PlanSnapshot.Of(after);
        return !before.Statuses.OrderBy(s => s.Key).SequenceEqual(now.Statuses.OrderBy(s => s.Key)) || !before.Steps.SequenceEqual(now.Steps);
    }

    private string StatusWord(AssessmentResult result, Layer layer) =>
        result.IsReferred(layer) ? wording.Plan(WordingKeys.StatusReferred) : wording.Plan(WordingKeys.Status(result.For(layer).Status));

    private static string Fill(string template, string first, string? second = null) =>
        template.Replace("{layer}", first, StringComparison.Ordinal).Replace("{step}", first, StringComparison.Ordinal)
            .Replace("{status}", second ?? string.Empty, StringComparison.Ordinal);
}
