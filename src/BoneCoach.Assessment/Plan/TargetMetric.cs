namespace BoneCoach.Assessment;

// Which weekly check-in answer measures a target; None for one-off steps (see a clinician, measure waist).
public enum TargetMetric
{
    None,
    StrengthSessions,
    ImpactDays,
    ProteinDaysAtTarget,
    AverageSleepHours,
    SupplementDays,

    // Added after the others: stored goals keep their numbers.
    BalanceSessions,
}
