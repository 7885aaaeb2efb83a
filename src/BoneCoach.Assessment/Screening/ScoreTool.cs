using System.Globalization;
using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Simple Calculated Osteoporosis Risk Estimation (SCORE).
public static class ScoreTool
{
    public sealed record Inputs(
        int AgeYears, double WeightKg, bool IsBlack, bool RheumatoidArthritis, int LowTraumaFracturesAfter45, bool NeverEstrogen);

    public static int Calculate(Inputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var race = inputs.IsBlack ? 0 : ScorePointsNonBlack;
        var arthritis = inputs.RheumatoidArthritis ? ScorePointsRheumatoidArthritis : 0;
        var fractures = Math.Min(Math.Max(inputs.LowTraumaFracturesAfter45, 0) * ScorePointsPerFracture, ScoreFracturePointsMax);
        var age = ScorePointsPerAgeDigit * FirstDigit(inputs.AgeYears);
        var estrogen = inputs.NeverEstrogen ? ScorePointsNeverEstrogen : 0;
        var weight = (int)Math.Truncate(Units.KgToPounds(inputs.WeightKg) / ScorePoundsPerPoint);
        return race + arthritis + fractures + age + estrogen - weight;
    }

    // Null when any of the six inputs is unknown: a partial SCORE would understate risk.
    public static int? Calculate(Profile profile, HormoneTherapyStatus? hormoneTherapy)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile is { AgeYears: { } age, WeightKg: { } kg, IsBlack: { } black, RheumatoidArthritis: { } ra,
                LowTraumaFracturesAfter45: { } fractures } && hormoneTherapy is { } status)
        {
            return Calculate(new Inputs(age, kg, black, ra, fractures, status == HormoneTherapyStatus.Never));
        }

        return null;
    }

    public static bool SuggestsScan(int score, ScreeningCutoffs cutoffs) => score >= cutoffs.ScoreScanAtOrAbove;

    private static int FirstDigit(int ageYears) =>
        Math.Abs(ageYears).ToString(CultureInfo.InvariantCulture)[0] - '0';
}
