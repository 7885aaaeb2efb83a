namespace BoneCoach.Assessment;

public sealed record InflammationAnswers
{
    public double? WaistCm { get; init; }
    public double? SleepHoursPerNight { get; init; }
    public IntakeFrequency? SugarOrUltraProcessed { get; init; }
    // Current smoking is what raises risk (FRAX counts current smokers); a former smoker is told apart for the summary.
    public bool? Smokes { get; init; }
    public bool? SmokedBefore { get; init; }
    // Kept for answers given before alcohol was asked as an amount; the assessment judges units only.
    public IntakeFrequency? Alcohol { get; init; }
    public double? AlcoholUnitsPerWeek { get; init; }
    public double? Omega3MgPerDay { get; init; }
}
