using BoneCoach.Assessment;

namespace BoneCoachBot.Wording;

/// <summary>
/// The text keys in dialogs/feedback.json and dialogs/plan.json, named after the core's codes in camelCase
/// ("reason.proteinBelowTarget"), so a new code without wording is found by enumerating the enum.
/// </summary>
public static class WordingKeys
{
    public const string FeedbackFile = "feedback";
    public const string PlanFile = "plan";

    public static string LayerStatus(Layer layer, LayerStatus status) => $"layer.{Camel(layer)}.{Camel(status)}";

    /// <summary>The feedback for a layer paused for a clinician, instead of its status sentence.</summary>
    public static string LayerReferred(Layer layer) => $"layer.{Camel(layer)}.referred";

    /// <summary>The target wording for the gentle, physiotherapist-led rung of the strength ladder.</summary>
    public static string ActionTargetPhysio(ActionCode code) => $"action.{Camel(code)}.target.physio";

    public static string Closing(LayerStatus status) => $"close.{Camel(status)}";

    public static string Reason(ReasonCode code) => $"reason.{Camel(code)}";

    public static string ActionTitle(ActionCode code) => $"action.{Camel(code)}.title";

    public static string ActionTarget(ActionCode code) => $"action.{Camel(code)}.target";

    public static string ActionReason(ActionCode code) => $"action.{Camel(code)}.reason";

    public static string Note(PlanNoteCode code) => $"note.{Camel(code)}";

    public static string RedFlag(RedFlagCode code) => $"redFlag.{Camel(code)}";

    public static string Status(LayerStatus status) => $"status.{Camel(status)}";

    public static string LayerName(Layer layer) => $"layerName.{Camel(layer)}";

    public const string StatusReferred = "status.referred";

    /// <summary>Every key feedback.json must hold: a sentence per layer and status, and per reason.</summary>
    public static IEnumerable<string> RequiredFeedback() =>
        Enum.GetValues<Layer>().SelectMany(layer => Enum.GetValues<LayerStatus>().Select(status => LayerStatus(layer, status)))
            .Concat(Enum.GetValues<Layer>().Select(LayerReferred))
            .Concat(Enum.GetValues<LayerStatus>().Select(Closing))
            .Concat(Enum.GetValues<ReasonCode>().Select(Reason));

    /// <summary>Every key plan.json must hold: per action, note, red flag, status and layer, plus the fixed texts.</summary>
    public static IEnumerable<string> RequiredPlan() =>
        Enum.GetValues<ActionCode>().SelectMany(code => new[] { ActionTitle(code), ActionTarget(code), ActionReason(code) })
            .Concat(Enum.GetValues<PlanNoteCode>().Select(Note))
            .Concat(Enum.GetValues<RedFlagCode>().Select(RedFlag))
            .Concat(Enum.GetValues<LayerStatus>().Select(Status))
            .Concat(Enum.GetValues<Layer>().Select(LayerName))
            .Concat(PlanTexts.All);

    private static string Camel<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
