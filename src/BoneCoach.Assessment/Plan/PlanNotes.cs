namespace BoneCoach.Assessment;

internal static class PlanNotes
{
    public static IReadOnlyList<PlanNote> For(Profile profile, LayerAnswers answers, IReadOnlyList<LayerResult> layers,
        IReadOnlyList<RedFlag> flags, IReadOnlyList<PlanAction> focus, IReadOnlyList<Layer> needingAnswers, ScreeningResult? screening)
    {
        var notes = new List<PlanNote>();
        AddIf(SuggestsScan(profile, flags, screening), PlanNoteCode.AskAboutBoneDensityScan, Layer.Loading, notes);
        AddMineralsNote(answers, layers, notes);
        AddIf(HasReason(layers, flags, Layer.Loading, ReasonCode.WalkingAloneIsNotEnough), PlanNoteCode.WalkingAloneIsNotEnough, Layer.Loading, notes);
        AddIf(focus.Any(a => a.Target.FigureValue(FigureName.RepMaxWeight) is not null), PlanNoteCode.HeavyLiftingWasSupervised, Layer.Loading, notes);
        AddIf(focus.Any(a => a.Target.Stage == StrengthStage.Technique), PlanNoteCode.HeavyLiftingComesAfterTheLeadIn, Layer.Loading, notes);
        AddIf(HasReason(layers, flags, Layer.Minerals, ReasonCode.VitaminK2OptionalNotAFix), PlanNoteCode.VitaminK2IsOptional, Layer.Minerals, notes);
        AddIf(HasReason(layers, flags, Layer.Minerals, ReasonCode.VitaminDHighDoseNoFractureBenefit),
            PlanNoteCode.HighDoseVitaminDDidNotPreventFractures, Layer.Minerals, notes);
        if (needingAnswers.Count > 0)
        {
            notes.Add(new PlanNote(PlanNoteCode.SomeLayersNeedAnswers, needingAnswers));
        }

        // A paused layer waits for her clinician, not for more answers.
        var sharpen = Hierarchy.Order.Where(l => answers.NotAskedYet.Contains(l) && !PlanBuilder.IsReferred(l, flags)).ToArray();
        if (sharpen.Length > 0)
        {
            notes.Add(new PlanNote(PlanNoteCode.MoreAnswersWouldSharpen, sharpen));
        }

        return notes;
    }

    // Hierarchy principle: when minerals look fine or are her focus, but a higher layer is weak,
    // say that minerals alone will not shift the remodeling bias; the plan already leads with that layer.
    private static void AddMineralsNote(LayerAnswers answers, IReadOnlyList<LayerResult> layers, List<PlanNote> notes)
    {
        var minerals = layers.FirstOrDefault(l => l.Layer == Layer.Minerals);
        var mineralsInFocus = minerals?.Status == LayerStatus.OnTrack || answers.Minerals.FocusedOnSupplements == true;
        var weakHigher = Hierarchy.Order
            .Where(Hierarchy.IsAboveMinerals)
            .Where(l => layers.Any(r => r.Layer == l && r.IsWeak))
            .ToArray();
        if (mineralsInFocus && weakHigher.Length > 0)
        {
            notes.Add(new PlanNote(PlanNoteCode.MineralsAloneWillNotShiftRemodeling, weakHigher));
        }
    }

    private static readonly RedFlagCode[] RiskFactors =
    [
        RedFlagCode.LowTraumaFractureAfter50, RedFlagCode.PossibleLowTraumaFracture, RedFlagCode.LongTermOralGlucocorticoids,
        RedFlagCode.OralGlucocorticoidsDoseUnknown, RedFlagCode.EarlyMenopause, RedFlagCode.BoneLossCondition,
        RedFlagCode.BoneLossMedicine, RedFlagCode.ParentHipFracture, RedFlagCode.LowBmi,
    ];

    // USPSTF 2025; NICE CG146: women 65 or older, or younger with risk factors or a screening score over its cut-off,
    // ask about a scan — told to her, not only to her clinician. Someone who already has a T-score has had one.
    private static bool SuggestsScan(Profile profile, IReadOnlyList<RedFlag> flags, ScreeningResult? screening) =>
        profile.KnownTScore is null
        && (profile.AgeYears >= Thresholds.ScanSuggestedAgeYears || screening?.SuggestsScan == true || flags.Any(f => RiskFactors.Contains(f.Code)));

    private static bool HasReason(IReadOnlyList<LayerResult> layers, IReadOnlyList<RedFlag> flags, Layer layer, ReasonCode code) =>
        !PlanBuilder.IsReferred(layer, flags) && layers.Any(l => l.Layer == layer && l.Has(code));

    private static void AddIf(bool condition, PlanNoteCode code, Layer layer, List<PlanNote> notes)
    {
        if (condition)
        {
            notes.Add(new PlanNote(code, [layer]));
        }
    }
}
