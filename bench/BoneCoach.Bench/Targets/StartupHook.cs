using System.Net;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// Loaded into both measured processes with DOTNET_STARTUP_HOOKS (the runtime wants this exact type name, with no
/// namespace). It answers each loopback connection on the port named by BENCH_PROBE_PORT with the process's total
/// allocated bytes, its gen0/gen1/gen2 collection counts and its total GC pause in ms, so allocations and collections
/// per turn are counted the same way in the coach and in the echo bot.
/// </summary>
internal static class StartupHook
{
    public const string PortVariable = "BENCH_PROBE_PORT";

    public static void Initialize()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(PortVariable), out var port))
        {
            return;
        }

        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        var pauses = GcPauseLog.StartIfAsked();
        new Thread(() => Serve(listener, pauses)) { IsBackground = true, Name = "bench-probe" }.Start();
    }

    private static void Serve(TcpListener listener, GcPauseLog? pauses)
    {
        while (true)
        {
            using var client = listener.AcceptTcpClient();
            if (pauses is not null)
            {
                // Read before and after each round: the line after a round is that round's pauses.
                Console.Error.WriteLine("gc pauses since the last probe: " + pauses.TakeSummary());
            }

            var line = string.Join(' ',
                GC.GetTotalAllocatedBytes(precise: true),
                GC.CollectionCount(0),
                GC.CollectionCount(1),
                GC.CollectionCount(2),
                (long)GC.GetTotalPauseDuration().TotalMilliseconds);
            var bytes = Encoding.ASCII.GetBytes(line + "\n");
            client.GetStream().Write(bytes);
        }
    }
}
