namespace BoneCoach.Assessment;

public sealed record EndocrineAnswers
{
    public HormoneTherapyStatus? HormoneTherapy { get; init; }
    public bool? AsksAboutHormoneTherapy { get; init; }
    // 25(OH)D; convert nmol/L with Units.VitaminDNmolPerLToNgPerMl first.
    public double? VitaminDNgPerMl { get; init; }
    // Convert mmol/L with Units.GlucoseMmolPerLToMgPerDl first.
    public double? FastingGlucoseMgPerDl { get; init; }
    public double? HbA1cPercent { get; init; }
    // Thyroid hormone, cortisol-type or other medicines that change bone turnover: a clinician question.
    public bool? TakesThyroidOrCortisolMedicine { get; init; }
}
