using System.Globalization;

namespace BoneCoach.Bench.Targets;

/// <summary>
/// A measured process's running totals as its startup hook reports them: allocated bytes, collections per generation
/// (a gen1 count includes the gen2 ones, as <see cref="GC.CollectionCount"/> does) and the time the GC paused it.
/// </summary>
public sealed record ProcessCounters(long AllocatedBytes, int Gen0, int Gen1, int Gen2, long PauseMs)
{
    public static ProcessCounters Parse(string line)
    {
        var parts = line.Split(' ');
        return new ProcessCounters(
            long.Parse(parts[0], CultureInfo.InvariantCulture),
            int.Parse(parts[1], CultureInfo.InvariantCulture),
            int.Parse(parts[2], CultureInfo.InvariantCulture),
            int.Parse(parts[3], CultureInfo.InvariantCulture),
            long.Parse(parts[4], CultureInfo.InvariantCulture));
    }

    public static ProcessCounters operator -(ProcessCounters after, ProcessCounters before) => new(
        after.AllocatedBytes - before.AllocatedBytes,
        after.Gen0 - before.Gen0,
        after.Gen1 - before.Gen1,
        after.Gen2 - before.Gen2,
        after.PauseMs - before.PauseMs);

    public static ProcessCounters operator +(ProcessCounters a, ProcessCounters b) => new(
        a.AllocatedBytes + b.AllocatedBytes, a.Gen0 + b.Gen0, a.Gen1 + b.Gen1, a.Gen2 + b.Gen2, a.PauseMs + b.PauseMs);

    public static ProcessCounters Zero { get; } = new(0, 0, 0, 0, 0);
}
