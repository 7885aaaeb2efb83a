using System.Net;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// Loaded into both measured processes with DOTNET_STARTUP_HOOKS (the runtime wants this exact type name, with no
/// namespace). It answers each loopback connection on the port named by BENCH_PROBE_PORT with the process's total
/// allocated bytes, so allocations per turn are counted the same way in the coach and in the echo bot.
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
        new Thread(() => Serve(listener)) { IsBackground = true, Name = "bench-probe" }.Start();
    }

    private static void Serve(TcpListener listener)
    {
        while (true)
        {
            using var client = listener.AcceptTcpClient();
            var bytes = Encoding.ASCII.GetBytes(GC.GetTotalAllocatedBytes(precise: true) + "\n");
            client.GetStream().Write(bytes);
        }
    }
}
