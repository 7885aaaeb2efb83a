namespace BoneCoach.Assessment;

public static class ScreeningScores
{
    public static ScreeningResult Compute(Profile profile, EndocrineAnswers endocrine, ScreeningCutoffs? cutoffs = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(endocrine);
        cutoffs ??= ScreeningCutoffs.Default;
        var onEstrogen = endocrine.HormoneTherapy is { } status ? status == HormoneTherapyStatus.Current : (bool?)null;
        var ost = OstTool.Calculate(profile.WeightKg, profile.AgeYears);
        var orai = OraiTool.Calculate(profile.AgeYears, profile.WeightKg, onEstrogen);
        var score = ScoreTool.Calculate(profile, endocrine.HormoneTherapy);
        return new ScreeningResult(
            ost,
            ost is { } o ? OstTool.Band(o, cutoffs) : null,
            ost is { } s ? OstTool.SuggestsScreening(s, cutoffs) : null,
            orai,
            orai is { } r ? OraiTool.SuggestsScan(r, cutoffs) : null,
            score,
            score is { } c ? ScoreTool.SuggestsScan(c, cutoffs) : null,
            profile.Frax);
    }
}
