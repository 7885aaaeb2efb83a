namespace BoneCoach.Assessment;

// Symptoms right now that need emergency services, not coaching.
[Flags]
public enum UrgentSymptoms
{
    None = 0,
    ChestPain = 1 << 0,
    StrokeSigns = 1 << 1,
    FallWithSuspectedBreak = 1 << 2,
}
