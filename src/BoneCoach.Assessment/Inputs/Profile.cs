namespace BoneCoach.Assessment;

// Who she is and her history. Every value may be null: unknown or skipped, never 0.
public sealed record Profile
{
    public int? AgeYears { get; init; }
    public double? WeightKg { get; init; }
    public double? HeightCm { get; init; }
    public double? YearsSinceMenopause { get; init; }
    public bool? IsBlack { get; init; }

    // A fracture from a fall from standing height or less after age 50.
    public bool? LowTraumaFractureAfter50 { get; init; }
    // Low-trauma wrist, hip or rib fractures after 45, as SCORE counts them.
    public int? LowTraumaFracturesAfter45 { get; init; }
    public bool? KnownVertebralFracture { get; init; }

    public double? HeightLossHistoricalCm { get; init; }
    public double? HeightLossMeasuredCm { get; init; }
    public bool? SuddenSevereBackPain { get; init; }
    public bool? GrowingStoop { get; init; }

    public double? OralGlucocorticoidPrednisoloneMgPerDay { get; init; }
    public double? OralGlucocorticoidMonths { get; init; }

    public HormoneTherapyContraindications? HormoneTherapyContraindications { get; init; }
    public double? KidneyEgfr { get; init; }
    public bool? OnDialysis { get; init; }
    public bool? RheumatoidArthritis { get; init; }

    public double? KnownTScore { get; init; }
    public FraxScores? Frax { get; init; }

    public UrgentSymptoms? UrgentSymptoms { get; init; }
}
