using System.Globalization;
using System.Text.Json;

namespace BoneCoach.Bench.Report;

/// <summary>The printed table, then one machine-readable RESULT line (last, so scripts can take the final line).</summary>
public static class BenchReport
{
    public static void Print(BenchOptions options, TargetStats coach, TargetStats echo, MemoryCheck? memory, double firstTurnAfterStartMs)
    {
        var throughputRatio = echo.TurnsPerSecond > 0 ? coach.TurnsPerSecond / echo.TurnsPerSecond : 0;
        var p99Ratio = echo.Percentile(99) > 0 ? coach.Percentile(99) / echo.Percentile(99) : 0;

        Console.WriteLine();
        Console.WriteLine($"mix {options.Mix}, {options.Users} users, {options.Connections} connections, {options.Rounds} x {(options.Turns is { } turns ? $"{turns} turns" : $"{options.Seconds} s")} rounds per target, coach storage {options.Storage}, {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"target",-7} {"turns/s",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"errors",7} {"KB/turn",8} {"WS MB",7}");
        foreach (var target in new[] { coach, echo })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{target.Name,-7} {target.TurnsPerSecond,9:F0} {target.Percentile(50),8:F1} {target.Percentile(95),8:F1} {target.Percentile(99),8:F1} {target.Errors,7} {target.AllocatedBytesPerTurn / 1024,8:F1} {target.WorkingSetBytes / 1048576.0,7:F0}"));
        }

        foreach (var target in new[] { coach, echo })
        {
            var (gen0, gen1, gen2) = target.CollectionsPerThousandTurns;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{target.Name,-7} GC per 1,000 turns: gen0 {gen0:F1}, gen1 {gen1:F1}, gen2 {gen2:F2}; paused {target.GcPausePercent:F1}% of the measured time"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"coach/echo: throughput {throughputRatio:F2}x (target >= 0.75), p99 {p99Ratio:F2}x (target <= 2.0); first turn after start {firstTurnAfterStartMs:F0} ms (target < 300)"));
        if (memory is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"memory: working set {memory.AfterFirstMb:F0} MB after {memory.FirstUsers} new users, {memory.AfterAllMb:F0} MB after {memory.AllUsers} ({memory.GrowthPercent:F0}%, target within 20%)"));
        }

        var result = new
        {
            coachTurnsPerSec = Math.Round(coach.TurnsPerSecond, 1),
            echoTurnsPerSec = Math.Round(echo.TurnsPerSecond, 1),
            throughputRatio = Math.Round(throughputRatio, 3),
            coachP50Ms = Math.Round(coach.Percentile(50), 2),
            coachP95Ms = Math.Round(coach.Percentile(95), 2),
            coachP99Ms = Math.Round(coach.Percentile(99), 2),
            echoP50Ms = Math.Round(echo.Percentile(50), 2),
            echoP95Ms = Math.Round(echo.Percentile(95), 2),
            echoP99Ms = Math.Round(echo.Percentile(99), 2),
            p99Ratio = Math.Round(p99Ratio, 3),
            errors = coach.Errors + echo.Errors,
            users = options.Users,
            connections = options.Connections,
            mix = options.Mix,
            storage = options.Storage,
            coachAllocBytesPerTurn = Math.Round(coach.AllocatedBytesPerTurn),
            echoAllocBytesPerTurn = Math.Round(echo.AllocatedBytesPerTurn),
            coachWorkingSetMb = Math.Round(coach.WorkingSetBytes / 1048576.0, 1),
            echoWorkingSetMb = Math.Round(echo.WorkingSetBytes / 1048576.0, 1),
            coachGcPausePercent = Math.Round(coach.GcPausePercent, 2),
            echoGcPausePercent = Math.Round(echo.GcPausePercent, 2),
            coachGen2PerThousandTurns = Math.Round(coach.CollectionsPerThousandTurns.Gen2, 3),
            firstTurnAfterStartMs = Math.Round(firstTurnAfterStartMs, 1),
            workingSetGrowthPercent = memory is null ? (double?)null : Math.Round(memory.GrowthPercent, 1),
        };
        Console.WriteLine("RESULT " + JsonSerializer.Serialize(result));
    }
}
