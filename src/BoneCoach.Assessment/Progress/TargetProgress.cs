namespace BoneCoach.Assessment;

// Progress on one goal. Adherence values are fractions (0..1) of the weekly goal, capped at 1.
public sealed record TargetProgress(
    TrackedGoal Goal,
    double? LatestValue,
    double? LatestAdherence,
    double? RecentAdherence,
    int WeeksAtTarget,
    int WeeksReported,
    int StreakWeeks,
    int MissedStreakWeeks,
    Trend Trend,
    Adjustment NextAdjustment,
    double SuggestedGoal);
