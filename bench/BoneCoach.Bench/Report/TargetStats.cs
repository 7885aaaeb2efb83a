using BoneCoach.Bench.Load;
using BoneCoach.Bench.Targets;

namespace BoneCoach.Bench.Report;

/// <summary>A target's figures over all its measured rounds.</summary>
public sealed class TargetStats(string name)
{
    private readonly List<double> _latencies = [];
    private TimeSpan _elapsed;

    public string Name { get; } = name;
    public int Turns { get; private set; }
    public int Errors { get; private set; }
    public ProcessCounters Counters { get; private set; } = ProcessCounters.Zero;
    public long WorkingSetBytes { get; set; }

    public double TurnsPerSecond => _elapsed > TimeSpan.Zero ? Turns / _elapsed.TotalSeconds : 0;
    public double AllocatedBytesPerTurn => Turns > 0 ? (double)Counters.AllocatedBytes / Turns : 0;

    /// <summary>Collections of each generation per 1,000 turns (gen1 counts include gen2, as the runtime counts them).</summary>
    public (double Gen0, double Gen1, double Gen2) CollectionsPerThousandTurns => Turns > 0
        ? (Counters.Gen0 * 1000.0 / Turns, Counters.Gen1 * 1000.0 / Turns, Counters.Gen2 * 1000.0 / Turns)
        : (0, 0, 0);

    /// <summary>The share of the measured time the process spent paused by the GC.</summary>
    public double GcPausePercent => _elapsed > TimeSpan.Zero ? Counters.PauseMs * 100.0 / _elapsed.TotalMilliseconds : 0;

    public void Add(RoundResult round, ProcessCounters counters)
    {
        Turns += round.Turns;
        Errors += round.Errors;
        _elapsed += round.Elapsed;
        _latencies.AddRange(round.LatenciesMs);
        Counters += counters;
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
