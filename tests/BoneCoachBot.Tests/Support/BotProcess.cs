using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace BoneCoachBot.Tests.Support;

/// <summary>
/// The built bot started as a real process on a free loopback port, as `dotnet run` would start it, with the runtime
/// tuned for a process that lives for seconds (see below).
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    // Generous: on a loaded 2-core machine (CI runs test classes in parallel) a cold start has taken over a minute.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    // A child bot lives for seconds and spends most of its start in the JIT and in building the script's patterns.
    // Tiered PGO compiles hot methods a second time to instrument them, and W^X maps each piece of new code twice; both
    // pay off only in long-lived processes (Microsoft's runtime configuration docs: "Profile-guided optimization",
    // "W^X"). The Web SDK turns on server GC, a heap and a GC thread per core plus a background GC thread: in a profile
    // of one start (perf, 2 cores) those threads took 31% of its CPU, which workstation, non-concurrent GC saves
    // (runtime docs: "Runtime configuration options for garbage collection"). Same binary, and the bot's code takes
    // the same paths.
    private static readonly Dictionary<string, string> ShortLivedRuntime = new()
    {
        ["DOTNET_TieredPGO"] = "0",
        ["DOTNET_EnableWriteXorExecute"] = "0",
        ["DOTNET_gcServer"] = "0",
        ["DOTNET_gcConcurrent"] = "0",
    };

    // Code generated at run time pays off only in a long-lived process too: Recognizers.Text compiles its number
    // patterns to IL (RegexOptions.Compiled), Newtonsoft.Json and System.Text.Json emit a getter or setter per
    // property, and each is then JIT-compiled fully optimized, once per process. With the runtime's switch for it
    // off, the same patterns and accessors run interpreted, as they do where no JIT exists: a start and a 38-turn chat
    // took 2.6 s of CPU instead of 3.0-3.5 (three each, interleaved), the Recognizers' first number and date 0.36 s
    // instead of 0.53. An AppContext switch is read from the runtime config only, so children run with a copy of the
    // bot's own (`dotnet exec --runtimeconfig`), the switch added, written once beside this test's build output.
    private const string DynamicCodeSwitch = "System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported";
    private static readonly Lazy<string> ShortLivedRuntimeConfig = new(WriteShortLivedRuntimeConfig);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private TaskCompletionSource _nextLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(Process process) => _process = process;

    /// <summary>The address Kestrel bound, read from its "Now listening on" line.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    /// <summary>
    /// The output once <paramref name="ready"/> holds for it, or as it is after <paramref name="within"/> (the caller's
    /// assertion then shows what was missing). A response can reach the test before the lines logged while making it:
    /// the bot's console logger writes from a queue of its own, and the pipe is read on another thread.
    /// </summary>
    public async Task<string> OutputWhenAsync(Func<string, bool> ready, TimeSpan within)
    {
        var deadline = Task.Delay(within);
        while (true)
        {
            string output;
            Task nextLine;
            lock (_output)
            {
                output = _output.ToString();
                nextLine = _nextLine.Task;
            }

            if (ready(output))
            {
                return output;
            }

            if (await Task.WhenAny(nextLine, deadline) == deadline)
            {
                return Output;
            }
        }
    }

    /// <summary>A client of this bot; <paramref name="handler"/> when the test needs one of its own (the client disposes it).</summary>
    public HttpClient CreateClient(HttpMessageHandler? handler = null) =>
        new(handler ?? new SocketsHttpHandler()) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<BotProcess> StartAsync(IDictionary<string, string>? environment = null)
    {
        var dll = RepositoryPaths.HostAssembly();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add("--runtimeconfig");
        start.ArgumentList.Add(ShortLivedRuntimeConfig.Value);
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        // Port 0: the kernel picks a free port as Kestrel binds. A port picked beforehand could be taken by another
        // process before the bot bound it (seen with two test runs at once: "address already in use").
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["BoneCoach__Storage__Provider"] = "Memory";
        // No start-up warm-up (the script checks still run): it only makes a first turn faster, and no test of a child bot
        // measures that. Without it a start to "Now listening" took 2.4 s CPU instead of 5.2-5.7 s (2026-12-01, load
        // 25-30); the killed-bot suite alone starts 21. RealProcessTests, the bot as in production, turns it back on.
        start.Environment["BoneCoach__Startup__WarmUp"] = "false";
        foreach (var (knob, value) in ShortLivedRuntime)
        {
            start.Environment.TryAdd(knob, value);
        }

        // test.sh gives test hosts a 64 MB youngest generation; a child's start and 38 turns took 2.36-2.54 s CPU with
        // it (its fresh pages) against 2.30-2.36 s with the default.
        start.Environment.Remove("DOTNET_GCgen0size");

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var bot = new BotProcess(Process.Start(start)!);
        await bot.WaitUntilListeningAsync();
        return bot;
    }

    /// <summary>
    /// Starts the bot expecting it to refuse to start, and returns what it printed before it stopped. A real process,
    /// because a refused start on TestServer can surface as an ObjectDisposedException instead of the refusal: Program's
    /// own Run disposes the failed host, at times before WebApplicationFactory reads it.
    /// </summary>
    public static async Task<string> RefusalAsync(IDictionary<string, string> environment)
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(environment));
        return refused.Message;
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

    private static string WriteShortLivedRuntimeConfig()
    {
        var shipped = Path.ChangeExtension(RepositoryPaths.HostAssembly(), ".runtimeconfig.json");
        var config = JsonNode.Parse(File.ReadAllText(shipped))!;
        config["runtimeOptions"]!["configProperties"]![DynamicCodeSwitch] = false;
        var path = Path.Combine(AppContext.BaseDirectory, "BoneCoachBot.child.runtimeconfig.json");
        // Written aside and moved: two test runs of one checkout may start children at the same moment.
        var written = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(written, config.ToJsonString());
        File.Move(written, path, overwrite: true);
        return path;
    }

    // Kestrel prints "Now listening on" once the port accepts connections; no polling, no sleeping.
    private async Task WaitUntilListeningAsync()
    {
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.OutputDataReceived += (_, e) => Capture(e.Data, listening);
        _process.ErrorDataReceived += (_, e) => Capture(e.Data, listening);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(StartTimeout));
        if (first != listening.Task)
        {
            await DisposeAsync();
            throw new InvalidOperationException($"The bot did not start listening within {StartTimeout}:\n{Output}");
        }

        BaseAddress = await listening.Task;
    }

    private void Capture(string? line, TaskCompletionSource<Uri> listening)
    {
        if (line is null)
        {
            return;
        }

        TaskCompletionSource arrived;
        lock (_output)
        {
            _output.AppendLine(line);
            arrived = _nextLine;
            _nextLine = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        arrived.TrySetResult();

        const string Listening = "Now listening on: ";
        var at = line.IndexOf(Listening, StringComparison.Ordinal);
        if (at >= 0)
        {
            listening.TrySetResult(new Uri(line[(at + Listening.Length)..].Trim()));
        }
    }
}
