using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Cut-offs differ between the original papers and US practice, so they can be set per deployment.
public sealed record ScreeningCutoffs
{
    public int OstHighRiskBelow { get; init; } = Thresholds.OstHighRiskBelow;
    public int OstLowRiskAbove { get; init; } = Thresholds.OstLowRiskAbove;
    public int OstScreenBelow { get; init; } = OstUsScreenBelow;
    public int OraiScanAtOrAbove { get; init; } = Thresholds.OraiScanAtOrAbove;
    public int ScoreScanAtOrAbove { get; init; } = Thresholds.ScoreScanAtOrAbove;

    public static ScreeningCutoffs Default { get; } = new();
}
