using BoneCoach.Assessment;

namespace BoneCoachBot.Wording;

/// <summary>Puts the core's plan into words, one row per layer in hierarchy order.</summary>
internal sealed class PlanLayoutBuilder(CoachingWording wording, RedFlagNoticeText redFlags)
{
    public PlanLayout Build(AssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plan = result.Plan;
        var rows = Hierarchy.Order.Select((layer, index) => Row(result, layer, index + 1)).ToList();
        // The hierarchy note leads the card; the other notes close it.
        var minerals = plan.Notes.Where(n => n.Code == PlanNoteCode.MineralsAloneWillNotShiftRemodeling).Select(MineralsNote).FirstOrDefault();
        var notes = plan.Notes.Where(n => n.Code != PlanNoteCode.MineralsAloneWillNotShiftRemodeling).Select(NoteText).ToList();
        // Every red flag leads the plan, also those that pause a layer (stage 4 kidney disease was named only inside the
        // protein and minerals rows, below the exercise she was to start).
        var topics = result.RedFlags.Where(f => f.Urgency == Urgency.Clinician).Select(redFlags.Finding).ToList();
        return new PlanLayout(wording.Plan(PlanTexts.CardTitle), wording.Plan(PlanTexts.CardSubtitle), wording.Plan(PlanTexts.Medicines),
            topics, minerals, rows, notes, wording.Plan(PlanTexts.SummaryHint))
        {
            CanFineTune = plan.Has(PlanNoteCode.MoreAnswersWouldSharpen),
        };
    }

    private PlanRow Row(AssessmentResult result, Layer layer, int number)
    {
        var status = result.Layers.FirstOrDefault(l => l.Layer == layer)?.Status ?? LayerStatus.NotEnoughInformation;
        var name = wording.Plan(WordingKeys.LayerName(layer));
        if (result.IsReferred(layer))
        {
            var findings = result.RedFlags.Where(f => f.StopsCoaching.Contains(layer))
                .Select(flag => $"{wording.Plan(PlanTexts.ReferredBecause)} {redFlags.Finding(flag)}.").ToList();
            // What stays safe until she is seen (walking, balance, posture) is still her plan here.
            var safe = result.Plan.Actions.Where(a => a.Layer == layer && a.Code != ActionCode.ReferToClinician).Select(Step).ToList();
            return new PlanRow(number, layer, name, wording.Plan(WordingKeys.StatusReferred), RowTone.Attention, true, findings, safe, [],
                wording.Plan(WordingKeys.ActionReason(ActionCode.ReferToClinician)));
        }

        var focus = result.Plan.Actions.Where(a => a.Layer == layer).Select(Step).ToList();
        var keep = result.Plan.KeepDoing.Where(a => a.Layer == layer).Select(Step).ToList();
        return new PlanRow(number, layer, name, wording.Plan(WordingKeys.Status(status)), ToneOf(status), false, [], focus, keep,
            Remark(status, focus, keep));
    }

    private PlanStep Step(PlanAction action) => new(
        wording.Plan(WordingKeys.ActionTitle(action.Code)),
        Target(action),
        wording.Plan(WordingKeys.ActionReason(action.Code)));

    // The gentle rung has its own wording (a physiotherapist sets the exercises), where the script gives one.
    private string? Target(PlanAction action) =>
        (action.Target.Stage == StrengthStage.Gentle ? wording.FillPlan(WordingKeys.ActionTargetPhysio(action.Code), action.Target.Figures) : null)
        ?? wording.FillPlan(WordingKeys.ActionTarget(action.Code), action.Target.Figures);

    private string? Remark(LayerStatus status, IReadOnlyList<PlanStep> focus, IReadOnlyList<PlanStep> keep) => status switch
    {
        LayerStatus.NotEnoughInformation when focus.Count == 0 => wording.Plan(PlanTexts.NeedsAnswers),
        _ when focus.Count == 0 && keep.Count == 0 => wording.Plan(PlanTexts.NothingToChange),
        _ => null,
    };

    // The sharpen note names the layers with questions left for later, then how to answer them.
    private string NoteText(PlanNote note) => note.Code == PlanNoteCode.MoreAnswersWouldSharpen
        ? $"{wording.Plan(WordingKeys.Note(note.Code))} {LayerNames(note)}. {wording.Plan(PlanTexts.FineTuneHint)}"
        : wording.Plan(WordingKeys.Note(note.Code));

    private string LayerNames(PlanNote note) =>
        wording.JoinAnd(note.Layers.OrderBy(Hierarchy.Rank).Select(l => wording.Plan(WordingKeys.LayerName(l)).ToLowerInvariant()));

    // The note names the weak higher layers it is about, so she sees where to start instead.
    private string MineralsNote(PlanNote note) =>
        $"{NoteText(note)} {wording.Plan(PlanTexts.StartWith)} {wording.JoinAnd(note.Layers.OrderBy(Hierarchy.Rank).Select(l => wording.Plan(WordingKeys.LayerName(l))))}.";

    private static RowTone ToneOf(LayerStatus status) => status switch
    {
        LayerStatus.OnTrack => RowTone.Good,
        LayerStatus.NeedsWork => RowTone.Warning,
        LayerStatus.Priority => RowTone.Attention,
        _ => RowTone.Neutral,
    };
}
