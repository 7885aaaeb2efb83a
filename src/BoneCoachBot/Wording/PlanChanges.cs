using BoneCoach.Assessment;
using BoneCoachBot.Dialogs;

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

    public static IReadOnlyList<string> Between(AssessmentResult before, AssessmentResult after, CoachingWording wording, Func<string, string> line) =>
        Between(PlanSnapshot.Of(before), PlanSnapshot.Of(after), wording, line);

    public static IReadOnlyList<string> Between(PlanSnapshot before, PlanSnapshot after, CoachingWording wording, Func<string, string> line)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(wording);
        ArgumentNullException.ThrowIfNull(line);
        var changes = new List<string>();
        foreach (var layer in Hierarchy.Order)
        {
            var (was, now) = (StatusName(before, layer, wording), StatusName(after, layer, wording));
            if (was != now)
            {
                changes.Add(line(StatusChanged).Replace("{layer}", wording.Plan(WordingKeys.LayerName(layer)), StringComparison.Ordinal)
                    .Replace("{old}", was, StringComparison.Ordinal).Replace("{new}", now, StringComparison.Ordinal));
            }
        }

        var (old, current) = (before.Actions, after.Actions);
        changes.AddRange(current.Keys.Except(old.Keys).Select(code => Named(line(ActionAdded), code, wording)));
        changes.AddRange(old.Keys.Except(current.Keys).Select(code => Named(line(ActionDropped), code, wording)));
        changes.AddRange(current.Keys.Intersect(old.Keys)
            .Where(code => old[code] != current[code])
            .Select(code => Named(line(TargetChanged), code, wording)));
        return changes;
    }

    private static string StatusName(PlanSnapshot plan, Layer layer, CoachingWording wording) =>
        plan.Statuses.GetValueOrDefault(layer.ToString()) switch
        {
            null => string.Empty,
            PlanSnapshot.Referred => wording.Plan(WordingKeys.StatusReferred),
            var status => wording.Plan(WordingKeys.Status(Enum.Parse<LayerStatus>(status))),
        };

    private static string Named(string text, string code, CoachingWording wording) =>
        text.Replace("{action}", wording.Plan(WordingKeys.ActionTitle(Enum.Parse<ActionCode>(code))), StringComparison.Ordinal);
}
