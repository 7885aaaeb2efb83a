namespace BoneCoach.Assessment;

// Actions (what to change) and KeepDoing (what already works) are each in hierarchy order.
// In an emergency both are empty: the only message is to call emergency services.
public sealed record Plan(
    bool IsEmergency,
    IReadOnlyList<PlanAction> Actions,
    IReadOnlyList<PlanAction> KeepDoing,
    IReadOnlyList<PlanNote> Notes,
    IReadOnlyList<RedFlag> Referrals,
    IReadOnlyList<Layer> LayersNeedingAnswers)
{
    public bool Has(ActionCode code) => Actions.Any(a => a.Code == code) || KeepDoing.Any(a => a.Code == code);

    public bool Has(PlanNoteCode code) => Notes.Any(n => n.Code == code);
}
