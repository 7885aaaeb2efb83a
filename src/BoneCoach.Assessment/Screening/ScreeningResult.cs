namespace BoneCoach.Assessment;

// Each score is null when an input is unknown. FRAX is only what she reported from the official calculator.
public sealed record ScreeningResult(
    int? Ost,
    OstRiskBand? OstBand,
    bool? OstSuggestsScreening,
    int? Orai,
    bool? OraiSuggestsScan,
    int? Score,
    bool? ScoreSuggestsScan,
    FraxScores? ReportedFrax)
{
    public bool SuggestsScan => OstSuggestsScreening == true || OraiSuggestsScan == true || ScoreSuggestsScan == true;
}
