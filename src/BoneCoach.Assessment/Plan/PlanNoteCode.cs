namespace BoneCoach.Assessment;

public enum PlanNoteCode
{
    // Minerals look fine (or are her focus) but a higher layer is weak: minerals alone will not shift the remodeling bias.
    MineralsAloneWillNotShiftRemodeling,
    // Walking alone does not cross the strain threshold.
    WalkingAloneIsNotEnough,
    // Heavy lifting in LIFTMOR was supervised: start with a coach or physiotherapist.
    HeavyLiftingWasSupervised,
    // Vitamin K2: optional, never a fix.
    VitaminK2IsOptional,
    // VITAL: 2,000 IU/day did not prevent fractures in people not low in vitamin D.
    HighDoseVitaminDDidNotPreventFractures,
    // Some layers could not be judged: the bot can ask again.
    SomeLayersNeedAnswers,
    // New to lifting: 8–12 reps to learn the moves; 5 × 5 heavy comes after that lead-in, preferably supervised.
    HeavyLiftingComesAfterTheLeadIn,
    // 65 or older, or a screening score over its cut-off, and no scan result yet: ask about a bone density scan.
    AskAboutBoneDensityScan,
    // The first plan asked only what decides each layer: more answers (fine-tune, check-ins) would sharpen these.
    MoreAnswersWouldSharpen,
}
