namespace BoneCoach.Assessment;

// Food and supplement amounts are asked apart; a total is known only when both are (0 = "none").
public sealed record MineralsAnswers
{
    public double? CalciumFoodMgPerDay { get; init; }
    public double? CalciumSupplementMgPerDay { get; init; }
    public double? VitaminDSupplementIuPerDay { get; init; }
    public double? MagnesiumFoodMgPerDay { get; init; }
    public double? MagnesiumSupplementMgPerDay { get; init; }
    public bool? TakesVitaminK2 { get; init; }
    // Vitamin K changes warfarin's effect: she asks her clinician first.
    public bool? TakesWarfarin { get; init; }
    // She came for supplements: the plan must say minerals alone will not shift the bias.
    public bool? FocusedOnSupplements { get; init; }

    public double? CalciumTotalMgPerDay =>
        CalciumFoodMgPerDay is { } food && CalciumSupplementMgPerDay is { } supplement ? food + supplement : null;

    public double? MagnesiumTotalMgPerDay =>
        MagnesiumFoodMgPerDay is { } food && MagnesiumSupplementMgPerDay is { } supplement ? food + supplement : null;
}
