using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BoneCoachBot.Tests.Reliability;

/// <summary>
/// An Azurite of this test's own, on a fixed loopback port and folder, that the test can stop, start again,
/// freeze (SIGSTOP), thaw (SIGCONT) and wipe, while the bot keeps running.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _location = Directory.CreateTempSubdirectory("bonecoach-faults-azurite-").FullName;
    private readonly int _port = FreePort();
    private Process? _process;

    // Azurite's published development account key (the same for every Azurite, not a secret).
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:{_port}/devstoreaccount1;";

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot(), "node_modules", ".bin", "azurite-blob"))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // --disableTelemetry: otherwise each start sets up usage-data collection and tries to send it (0.4 s CPU a start).
        foreach (var argument in new[] { "--blobHost", "127.0.0.1", "--blobPort", _port.ToString(), "--location", _location, "--silent", "--disableTelemetry" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync();
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Stopped, its data folder emptied, started again: every container and blob is gone.</summary>
    public async Task WipeAsync()
    {
        await StopAsync();
        Directory.Delete(_location, recursive: true);
        Directory.CreateDirectory(_location);
        await StartAsync();
    }

    public Task FreezeAsync() => SignalAsync("STOP");

    public Task ThawAsync() => SignalAsync("CONT");

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            await SignalAsync("CONT");
        }

        await StopAsync();
        Directory.Delete(_location, recursive: true);
    }

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process!.Id.ToString()])!;
        await kill.WaitForExitAsync();
    }

    private async Task WaitUntilListeningAsync()
    {
        var started = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, _port);
                return;
            }
            catch (SocketException) when (started.Elapsed < StartTimeout && !_process!.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BoneCoachBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("BoneCoachBot.sln not found above " + AppContext.BaseDirectory);
    }
}
