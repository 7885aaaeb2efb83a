namespace BoneCoach.Assessment;

public sealed record InflammationAnswers
{
    public double? WaistCm { get; init; }
    public double? SleepHoursPerNight { get; init; }
    public IntakeFrequency? SugarOrUltraProcessed { get; init; }
    public bool? Smokes { get; init; }
    public IntakeFrequency? Alcohol { get; init; }
    public double? Omega3MgPerDay { get; init; }
}
