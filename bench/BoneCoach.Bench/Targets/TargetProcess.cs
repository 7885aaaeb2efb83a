using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BoneCoach.Bench.Targets;

/// <summary>One measured bot, as a child process on its own loopback port, with its allocation probe.</summary>
public sealed class TargetProcess : IAsyncDisposable
{
    // Generous: on a machine shared with other builds (load 40+ on 2 cores) the coach has taken over a minute to start.
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(180);
    private readonly Process _process;
    private readonly int _probePort;

    private TargetProcess(string name, Process process, Uri baseUri, int probePort)
    {
        Name = name;
        _process = process;
        BaseUri = baseUri;
        _probePort = probePort;
    }

    public string Name { get; }

    public Uri BaseUri { get; }

    public Uri MessagesUri => new(BaseUri, "/api/messages");

    /// <summary>Starts <paramref name="dll"/> with <c>dotnet</c> and waits until its /healthz answers.</summary>
    public static async Task<TargetProcess> StartAsync(
        string name, string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var probePort = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(TargetProcess).Assembly.Location;
        start.Environment[StartupHook.PortVariable] = probePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Both bots log warnings only: console logging per request would measure the terminal, not the bot.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"[{name}] {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var target = new TargetProcess(name, process, new Uri($"http://127.0.0.1:{port}"), probePort);
        try
        {
            await target.WaitHealthyAsync(cancellationToken);
        }
        catch
        {
            // A target that never became healthy must not outlive the run.
            await target.DisposeAsync();
            throw;
        }

        return target;
    }

    public long WorkingSetBytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>The process's allocation and GC totals so far, read through the startup hook's probe.</summary>
    public async Task<ProcessCounters> CountersAsync(CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, _probePort, cancellationToken);
        }
        catch (SocketException) when (_process.HasExited)
        {
            // Say who ended the run: 137 is a SIGKILL from outside (another session's pkill), not a bench fault.
            throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} during the run.");
        }

        using var reader = new StreamReader(client.GetStream());
        return ProcessCounters.Parse((await reader.ReadLineAsync(cancellationToken))!);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartLimit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} while starting.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseUri, "/healthz"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"{Name} did not answer /healthz within {StartLimit.TotalSeconds} s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
