using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Osteoporosis Self-assessment Tool: (weight kg − age) × 0.2, truncated toward zero.
public static class OstTool
{
    public static int? Calculate(double? weightKg, int? ageYears) =>
        weightKg is { } kg && ageYears is { } age ? (int)Math.Truncate((kg - age) * OstFactor) : null;

    public static OstRiskBand Band(int ost, ScreeningCutoffs cutoffs) =>
        ost < cutoffs.OstHighRiskBelow ? OstRiskBand.High
        : ost > cutoffs.OstLowRiskAbove ? OstRiskBand.Low
        : OstRiskBand.Moderate;

    public static bool SuggestsScreening(int ost, ScreeningCutoffs cutoffs) => ost < cutoffs.OstScreenBelow;
}
