namespace BoneCoach.Assessment;

// One line of the plan card: layer, its status, the target and why (codes, for the bot's wording).
public sealed record PlanAction(
    ActionCode Code,
    Layer Layer,
    LayerStatus LayerStatus,
    Severity Severity,
    ReasonCode? Reason,
    RedFlagCode? RedFlag,
    WeeklyTarget Target);
