using BoneCoach.Assessment;

namespace BoneCoachBot.Dialogs;

/// <summary>What a plan says, kept in dialog state to tell her afterwards what her new answers changed.</summary>
public sealed record PlanSnapshot
{
    /// <summary>Each layer's status by layer name, with "referred" for a layer paused for a clinician.</summary>
    public Dictionary<string, string> Statuses { get; init; } = [];

    /// <summary>Each step of the plan ("layer/actionCode").</summary>
    public List<string> Steps { get; init; } = [];

    public static PlanSnapshot Of(AssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new PlanSnapshot
        {
            Statuses = result.Layers.ToDictionary(l => l.Layer.ToString(), l => result.IsReferred(l.Layer) ? Referred : l.Status.ToString()),
            Steps = result.Plan.Actions.Select(Step).ToList(),
        };
    }

    public const string Referred = "referred";

    public static string Step(PlanAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return $"{action.Layer}/{action.Code}";
    }
}
