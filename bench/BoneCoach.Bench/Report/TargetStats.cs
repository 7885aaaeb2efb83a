using BoneCoach.Bench.Load;

namespace BoneCoach.Bench.Report;

/// <summary>A target's figures over all its measured rounds.</summary>
public sealed class TargetStats(string name)
{
    private readonly List<double> _latencies = [];
    private TimeSpan _elapsed;

    public string Name { get; } = name;
    public int Turns { get; private set; }
    public int Errors { get; private set; }
    public long AllocatedBytes { get; private set; }
    public long WorkingSetBytes { get; set; }

    public double TurnsPerSecond => _elapsed > TimeSpan.Zero ? Turns / _elapsed.TotalSeconds : 0;
    public double AllocatedBytesPerTurn => Turns > 0 ? (double)AllocatedBytes / Turns : 0;

    public void Add(RoundResult round, long allocatedBytes)
    {
        Turns += round.Turns;
        Errors += round.Errors;
        _elapsed += round.Elapsed;
        _latencies.AddRange(round.LatenciesMs);
        AllocatedBytes += allocatedBytes;
    }

    /// <summary>Nearest-rank percentile of every measured turn's latency, in ms.</summary>
    public double Percentile(double p)
    {
        if (_latencies.Count == 0)
        {
            return 0;
        }

        var sorted = _latencies.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
