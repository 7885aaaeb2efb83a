using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Osteoporosis Risk Assessment Instrument: age band + weight band + 2 when not on estrogen.
public static class OraiTool
{
    // Null when any input is unknown or she is younger than the tool's lowest band (45).
    public static int? Calculate(int? ageYears, double? weightKg, bool? onEstrogen)
    {
        if (ageYears is not { } age || weightKg is not { } kg || onEstrogen is not { } estrogen || age < OraiAgeBand45)
        {
            return null;
        }

        return AgePoints(age) + WeightPoints(kg) + (estrogen ? 0 : OraiPointsNotOnEstrogen);
    }

    public static bool SuggestsScan(int orai, ScreeningCutoffs cutoffs) => orai >= cutoffs.OraiScanAtOrAbove;

    private static int AgePoints(int age) => age switch
    {
        >= OraiAgeBand75 => OraiPointsAge75,
        >= OraiAgeBand65 => OraiPointsAge65,
        >= OraiAgeBand55 => OraiPointsAge55,
        _ => OraiPointsAge45,
    };

    private static int WeightPoints(double kg) => kg switch
    {
        < OraiWeightBand60Kg => OraiPointsWeightUnder60,
        < OraiWeightBand70Kg => OraiPointsWeight60To69,
        _ => OraiPointsWeight70Plus,
    };
}
