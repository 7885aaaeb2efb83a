using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// One metric's weekly values, oldest first, with the streak and trend arithmetic.
internal sealed class WeekSeries
{
    private readonly IReadOnlyList<(DateOnly Week, double? Value)> _weeks;
    private readonly double _goal;

    public WeekSeries(IReadOnlyList<CheckIn> ordered, TargetMetric metric, double goal)
    {
        _weeks = ordered.Select(c => (c.WeekStarting, c.ValueFor(metric))).ToArray();
        _goal = goal;
    }

    public double? LatestValue => _weeks.Count == 0 ? null : _weeks[^1].Value;

    public IReadOnlyList<double> KnownValues => _weeks.Where(w => w.Value is not null).Select(w => w.Value!.Value).ToArray();

    public double Adherence(double value) => _goal <= 0 ? 1 : Math.Min(1, value / _goal);

    public bool AtTarget(double value) => value >= _goal;

    // Consecutive weeks back from the latest that satisfy the test; an unknown value or a missing week ends it.
    public int Streak(Func<double, bool> test)
    {
        var count = 0;
        for (var i = _weeks.Count - 1; i >= 0; i--)
        {
            var (week, value) = _weeks[i];
            var joined = i == _weeks.Count - 1 || _weeks[i + 1].Week.DayNumber - week.DayNumber <= DaysPerWeek;
            if (value is not { } v || !joined || !test(v))
            {
                break;
            }

            count++;
        }

        return count;
    }

    public double? RecentAdherence()
    {
        var recent = KnownValues.TakeLast(TrendWindowWeeks).ToArray();
        return recent.Length == 0 ? null : recent.Average(Adherence);
    }

    // Sign of the least-squares slope of adherence over the last few reported weeks.
    // Deviations are taken from the first week, so a flat series gives exactly zero.
    public Trend Direction()
    {
        var recent = KnownValues.TakeLast(TrendWindowWeeks).Select(Adherence).ToArray();
        if (recent.Length < TrendMinimumWeeks)
        {
            return Trend.NotEnoughData;
        }

        var meanX = Enumerable.Range(0, recent.Length).Average();
        var slope = recent.Select((y, x) => (x - meanX) * (y - recent[0])).Sum();
        return slope > 0 ? Trend.Improving
            : slope < 0 ? Trend.Declining
            : Trend.Steady;
    }
}
