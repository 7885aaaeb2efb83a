namespace BoneCoach.Assessment;

// Turns layer results and red flags into a plan ordered by the hierarchy principle.
public static class PlanBuilder
{
    public static Plan Build(Profile profile, LayerAnswers answers, IReadOnlyList<LayerResult> layers, IReadOnlyList<RedFlag> flags,
        ScreeningResult? screening = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(flags);
        if (RedFlags.HasEmergency(flags))
        {
            return new Plan(true, [], [], [], flags, []);
        }

        var focus = new List<PlanAction>();
        var keep = new List<PlanAction>();
        foreach (var layer in Hierarchy.Order)
        {
            AddLayer(ResultFor(layers, layer), profile, answers, flags, focus, keep);
        }

        var needingAnswers = Hierarchy.Order.Where(l => ResultFor(layers, l).Status == LayerStatus.NotEnoughInformation).ToArray();
        var notes = PlanNotes.For(profile, answers, layers, flags, focus, needingAnswers, screening);
        return new Plan(false, focus, keep, notes, flags, needingAnswers);
    }

    public static bool IsReferred(Layer layer, IEnumerable<RedFlag> flags) => flags.Any(f => f.StopsCoaching.Contains(layer));

    private static LayerResult ResultFor(IReadOnlyList<LayerResult> layers, Layer layer) =>
        layers.FirstOrDefault(l => l.Layer == layer) ?? new LayerResult(layer, LayerStatus.NotEnoughInformation, []);

    // A paused layer's slot holds the referral, and what stays safe until she has been seen (never nothing).
    private static void AddLayer(LayerResult result, Profile profile, LayerAnswers answers, IReadOnlyList<RedFlag> flags,
        List<PlanAction> focus, List<PlanAction> keep)
    {
        var layerFlags = flags.Where(f => f.StopsCoaching.Contains(result.Layer)).ToList();
        if (layerFlags.Count > 0)
        {
            focus.AddRange(layerFlags.Select(f => Referral(f, result)));
            if (ActionCatalog.SafeWhilePaused(result.Layer) is { } safe)
            {
                focus.Add(new PlanAction(safe.Code, result.Layer, result.Status, Severity.Note, null, null, safe.Target));
            }

            return;
        }

        var actions = result.Reasons.Select(r => ToAction(r, result, profile, answers)).OfType<PlanAction>().ToList();
        focus.AddRange(actions.Where(a => a.Severity > Severity.Fine).OrderByDescending(a => a.Severity).ThenBy(a => a.Code));
        keep.AddRange(actions.Where(a => a.Severity == Severity.Fine).OrderBy(a => a.Code));
    }

    private static PlanAction? ToAction(Reason reason, LayerResult result, Profile profile, LayerAnswers answers) =>
        ActionCatalog.ForReason(reason, profile, answers) is { } step
            ? new PlanAction(step.Code, result.Layer, result.Status, reason.Severity, reason.Code, null, step.Target)
            : null;

    private static PlanAction Referral(RedFlag flag, LayerResult result) =>
        new(ActionCode.ReferToClinician, result.Layer, result.Status, Severity.Priority, null, flag.Code,
            new WeeklyTarget(TargetMetric.None, null, flag.Figures));
}
