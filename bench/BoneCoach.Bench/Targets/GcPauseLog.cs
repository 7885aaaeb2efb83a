using System.Diagnostics.Tracing;
using System.Globalization;

/// <summary>
/// With BENCH_GC_EVENTS=1, the startup hook also listens to the runtime's GC events in the measured process and sums
/// each pause (suspension to restart) by the generation and kind of the collection inside it, so a tail can be told
/// apart: many short gen0 pauses, or a few long gen1/gen2 ones. <see cref="TakeSummary"/> reports and resets the sums.
/// </summary>
internal sealed class GcPauseLog : EventListener
{
    public const string Variable = "BENCH_GC_EVENTS";
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Count, double TotalMs, double MaxMs, double PromotedMb)> _pauses = [];
    private readonly Dictionary<string, double> _markedMbByRoot = [];
    private double _promotedMb;
    private DateTime? _suspendedAt;
    private string _kind = "no gc";

    public static GcPauseLog? StartIfAsked() =>
        Environment.GetEnvironmentVariable(Variable) == "1" ? new GcPauseLog() : null;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Informational, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        lock (_gate)
        {
            switch (e.EventName)
            {
                case "GCSuspendEEBegin_V1":
                    _suspendedAt = e.TimeStamp;
                    _kind = "no gc";
                    break;
                case "GCStart_V2" when e.Payload is { Count: > 3 } payload:
                    // Type: 0 blocking, 1 background, 2 foreground (a gen0/gen1 during a background gen2).
                    _promotedMb = 0;
                    _kind = string.Create(CultureInfo.InvariantCulture, $"gen{payload[1]}{(Convert.ToInt32(payload[3], CultureInfo.InvariantCulture) == 1 ? " background" : string.Empty)}");
                    break;
                case "GCHeapStats_V2" when e.Payload is { Count: > 3 } stats:
                    // What the collection kept: promoted out of gen0 and out of gen1.
                    _promotedMb = (Convert.ToDouble(stats[1], CultureInfo.InvariantCulture) + Convert.ToDouble(stats[3], CultureInfo.InvariantCulture)) / 1048576;
                    break;
                case "GCMarkWithType" when e.Payload is { Count: > 3 } mark:
                    // Where the survivors were reached from: 0 stacks, 1 finalizer queue, 2 handles, 3 older generations (cards).
                    var root = "root" + Convert.ToString(mark[2], CultureInfo.InvariantCulture);
                    _markedMbByRoot[root] = _markedMbByRoot.GetValueOrDefault(root) + Convert.ToDouble(mark[3], CultureInfo.InvariantCulture) / 1048576;
                    break;
                case "GCRestartEEEnd_V1" when _suspendedAt is { } at:
                    var ms = (e.TimeStamp - at).TotalMilliseconds;
                    var (count, total, max, promoted) = _pauses.GetValueOrDefault(_kind);
                    _pauses[_kind] = (count + 1, total + ms, Math.Max(max, ms), promoted + _promotedMb);
                    _promotedMb = 0;
                    _suspendedAt = null;
                    break;
            }
        }
    }

    public string TakeSummary()
    {
        lock (_gate)
        {
            var summary = string.Join("; ", _pauses.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture,
                $"{p.Key}: {p.Value.Count} pauses, {p.Value.TotalMs:F0} ms, mean {p.Value.TotalMs / p.Value.Count:F1}, max {p.Value.MaxMs:F1}, promoted {p.Value.PromotedMb / p.Value.Count:F1} MB each")));
            var roots = string.Join(", ", _markedMbByRoot.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value:F0} MB")));
            _pauses.Clear();
            _markedMbByRoot.Clear();
            return summary + (roots.Length > 0 ? "; marked from " + roots : string.Empty);
        }
    }
}
