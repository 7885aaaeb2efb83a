namespace BoneCoach.Assessment;

// DOMAIN.md gives no number for sugar, ultra-processed food or alcohol, so these are asked as a frequency.
public enum IntakeFrequency
{
    Rarely,
    SomeDays,
    MostDays,
}
