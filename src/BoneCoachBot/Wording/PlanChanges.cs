using BoneCoach.Assessment;

namespace BoneCoachBot.Wording;

/// <summary>
/// What changed between two plans, in her words: a layer whose status moved, actions that came or went, a target that
/// changed. Empty when the plan is the same. Wording from dialogs/plan.json (names) and dialogs/commands.json (lines).
/// </summary>
public static class PlanChanges
{
    private const string StatusChanged = Commands.CommandTextKeys.PlanStatusChanged;
    private const string ActionAdded = Commands.CommandTextKeys.PlanActionAdded;
    private const string ActionDropped = Commands.CommandTextKeys.PlanActionDropped;
    private const string TargetChanged = Commands.CommandTextKeys.PlanTargetChanged;

    public static IReadOnlyList<string> Between(AssessmentResult before, AssessmentResult after, CoachingWording wording, Func<string, string> line)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(wording);
        ArgumentNullException.ThrowIfNull(line);
        var changes = new List<string>();
        foreach (var layer in after.Layers.Select(l => l.Layer))
        {
            var (was, now) = (StatusName(before, layer, wording), StatusName(after, layer, wording));
            if (was != now)
            {
                changes.Add(line(StatusChanged).Replace("{layer}", wording.Plan(WordingKeys.LayerName(layer)), StringComparison.Ordinal)
                    .Replace("{old}", was, StringComparison.Ordinal).Replace("{new}", now, StringComparison.Ordinal));
            }
        }

        var old = Actions(before);
        var current = Actions(after);
        changes.AddRange(current.Keys.Except(old.Keys).Select(code => Named(line(ActionAdded), code, wording)));
        changes.AddRange(old.Keys.Except(current.Keys).Select(code => Named(line(ActionDropped), code, wording)));
        changes.AddRange(current.Keys.Intersect(old.Keys)
            .Where(code => old[code].Target.WeeklyGoal != current[code].Target.WeeklyGoal)
            .Select(code => Named(line(TargetChanged), code, wording)));
        return changes;
    }

    private static string StatusName(AssessmentResult result, Layer layer, CoachingWording wording) =>
        result.IsReferred(layer) ? wording.Plan(WordingKeys.StatusReferred) : wording.Plan(WordingKeys.Status(result.For(layer).Status));

    // Actions to change and what to keep doing both count: a habit that moved from one to the other changed its code.
    private static Dictionary<ActionCode, PlanAction> Actions(AssessmentResult result) =>
        result.Plan.Actions.Concat(result.Plan.KeepDoing).GroupBy(a => a.Code).ToDictionary(g => g.Key, g => g.First());

    private static string Named(string text, ActionCode code, CoachingWording wording) =>
        text.Replace("{action}", wording.Plan(WordingKeys.ActionTitle(code)), StringComparison.Ordinal);
}
