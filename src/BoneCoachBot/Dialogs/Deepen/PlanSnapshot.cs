using System.Globalization;
using BoneCoach.Assessment;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// What a plan says, as plain values: kept in dialog state while she answers (fine-tune, a check-in's deeper questions)
/// so that afterwards <see cref="Wording.PlanChanges"/> can tell her what her new answers changed.
/// </summary>
public sealed record PlanSnapshot
{
    public const string Referred = "referred";

    /// <summary>Each layer's status by layer name, with "referred" for a layer paused for a clinician.</summary>
    public Dictionary<string, string> Statuses { get; init; } = [];

    /// <summary>Each action to change or keep doing, by code, with its weekly goal ("" when it has none).</summary>
    public Dictionary<string, string> Actions { get; init; } = [];

    public static PlanSnapshot Of(AssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new PlanSnapshot
        {
            Statuses = result.Layers.ToDictionary(l => l.Layer.ToString(), l => result.IsReferred(l.Layer) ? Referred : l.Status.ToString()),
            // Actions to change and what to keep doing both count: a habit that moved from one to the other changed its code.
            Actions = result.Plan.Actions.Concat(result.Plan.KeepDoing)
                .GroupBy(a => a.Code)
                .ToDictionary(g => g.Key.ToString(), g => g.First().Target.WeeklyGoal?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
        };
    }
}
