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
    // She was not sure: a possible fracture, so the cautious plan and a clinician.
    public bool? LowTraumaFractureNotSure { get; init; }
    // Low-trauma wrist, hip or rib fractures after 45, as SCORE counts them.
    public int? LowTraumaFracturesAfter45 { get; init; }
    public bool? KnownVertebralFracture { get; init; }
    public bool? VertebralFractureNotSure { get; init; }

    public double? HeightLossHistoricalCm { get; init; }
    public double? HeightLossMeasuredCm { get; init; }
    public bool? SuddenSevereBackPain { get; init; }
    public bool? GrowingStoop { get; init; }

    // A "yes" with the dose or duration unknown is referred too (DOMAIN.md red flags).
    public bool? TakesOralGlucocorticoids { get; init; }
    public double? OralGlucocorticoidPrednisoloneMgPerDay { get; init; }
    public double? OralGlucocorticoidMonths { get; init; }

    public HormoneTherapyContraindications? HormoneTherapyContraindications { get; init; }
    public KidneyDisease? KidneyDisease { get; init; }
    public double? KidneyEgfr { get; init; }
    public bool? OnDialysis { get; init; }
    public bool? RheumatoidArthritis { get; init; }

    // Menopause before 45 (natural or ovaries removed), or periods absent for a year before menopause.
    public YesNoNotSure? EarlyMenopause { get; init; }
    public YesNoNotSure? ParentHipFracture { get; init; }
    public BoneLossConditions? BoneLossConditions { get; init; }
    public BoneLossMedicines? BoneLossMedicines { get; init; }
    public YesNoNotSure? OsteoporosisDiagnosed { get; init; }
    public BoneMedicine? BoneMedicine { get; init; }

    public double? KnownTScore { get; init; }
    public FraxScores? Frax { get; init; }

    public UrgentSymptoms? UrgentSymptoms { get; init; }
}
