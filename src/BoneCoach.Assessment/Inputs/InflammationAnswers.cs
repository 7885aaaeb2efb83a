namespace BoneCoach.Assessment;

public sealed record InflammationAnswers
{
    public double? WaistCm { get; init; }
    public double? SleepHoursPerNight { get; init; }
    public IntakeFrequency? SugarOrUltraProcessed { get; init; }
    public bool? Smokes { get; init; }
    // Kept for answers given before alcohol was asked as an amount; the assessment judges units only.
    public IntakeFrequency? Alcohol { get; init; }
    public double? AlcoholUnitsPerWeek { get; init; }
    public double? Omega3MgPerDay { get; init; }
}
