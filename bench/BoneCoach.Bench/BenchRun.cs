using System.Diagnostics;
using System.Net;
using System.Text;
using BoneCoach.Bench.Echo;
using BoneCoach.Bench.Load;
using BoneCoach.Bench.Report;
using BoneCoach.Bench.Targets;

namespace BoneCoach.Bench;

/// <summary>
/// One benchmark run: start the coach and the echo bot as separate processes, warm both, then measure them in
/// interleaved rounds (coach, echo, echo, coach...) so that noise on this shared machine hits both alike.
/// </summary>
public sealed class BenchRun(BenchOptions options)
{
    private const int Seed = 20261130;
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public async Task<int> RunAsync()
    {
        using var storage = CoachStorage.For(options);
        await using var coach = await TargetProcess.StartAsync("coach", CoachDll(), [], storage.Environment, CancellationToken.None);
        var firstTurnMs = await TimeFirstTurnAsync(coach);
        if (options.ShowConversation)
        {
            await ShowConversationAsync(coach);
        }

        await using var echo = await TargetProcess.StartAsync("echo", typeof(BenchRun).Assembly.Location, [EchoBotHost.Verb],
            new Dictionary<string, string>(), CancellationToken.None);

        using var coachHttp = Client();
        using var echoHttp = Client();
        var targets = new[]
        {
            (Process: coach, Http: coachHttp, Users: new UserPool(options.Users, options.FirstTurn, Seed), Stats: new TargetStats("coach")),
            (Process: echo, Http: echoHttp, Users: new UserPool(options.Users, options.FirstTurn, Seed), Stats: new TargetStats("echo")),
        };

        foreach (var target in targets)
        {
            Console.WriteLine($"warming {target.Process.Name} for {(options.Turns is { } turns ? $"{turns} turns" : $"{options.WarmupSeconds} s")}");
            await LoadRound.RunAsync(target.Http, target.Process.MessagesUri, target.Users, options.Connections, Budget(options.WarmupSeconds));
        }

        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var target in round % 2 == 0 ? targets : targets.Reverse())
            {
                var before = await target.Process.CountersAsync(CancellationToken.None);
                var result = await LoadRound.RunAsync(target.Http, target.Process.MessagesUri, target.Users, options.Connections, Budget(options.Seconds));
                target.Stats.Add(result, await target.Process.CountersAsync(CancellationToken.None) - before);
                Console.WriteLine($"round {round + 1} {target.Process.Name}: {result.Turns} turns in {result.Elapsed.TotalSeconds:F1} s, {result.Errors} errors");
            }
        }

        foreach (var target in targets)
        {
            target.Stats.WorkingSetBytes = target.Process.WorkingSetBytes;
        }

        var memory = options.FirstTurn ? await CheckMemoryAsync(coach, coachHttp) : null;
        BenchReport.Print(options, targets[0].Stats, targets[1].Stats, memory, firstTurnMs);
        return targets.Sum(t => t.Stats.Errors) == 0 ? 0 : 1;
    }

    private RoundBudget Budget(int seconds) =>
        options.Turns is { } turns ? RoundBudget.ForTurns(turns) : RoundBudget.For(TimeSpan.FromSeconds(seconds));

    // The very first message after start-up: the script, recognizer models and JIT should already be paid for.
    private async Task<double> TimeFirstTurnAsync(TargetProcess coach)
    {
        using var http = Client();
        var user = new SimulatedUser(Seed - 1, firstTurnOnly: true);
        var started = Stopwatch.GetTimestamp();
        using var content = new StringContent(user.NextActivityJson(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(coach.MessagesUri, content);
        response.EnsureSuccessStatusCode();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    // One woman from hello to her plan (or the turn limit), so the mix can be read, not only trusted.
    private async Task ShowConversationAsync(TargetProcess coach)
    {
        using var http = Client();
        var user = new SimulatedUser(Seed, options.FirstTurn);
        do
        {
            using var content = new StringContent(user.NextActivityJson(), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(coach.MessagesUri, content);
            var reply = BotReply.Parse(await response.Content.ReadAsStringAsync());
            Console.WriteLine($"  she: {user.LastSaid}");
            Console.WriteLine($"  bot: {(reply.ShowedCard ? "[plan card] " : string.Empty)}{reply.LastText}{(reply.Choices.Count > 0 ? " [" + string.Join(" / ", reply.Choices) + "]" : string.Empty)}");
            user.Observe(reply);
        }
        while (!user.IsStarting);
    }

    // New users only (first turns): with Memory storage each keeps a small record, so growth past that is a leak.
    private async Task<MemoryCheck> CheckMemoryAsync(TargetProcess coach, HttpClient http)
    {
        const int firstUsers = 1_000;
        var users = new UserPool(options.Connections, firstTurnOnly: true, Seed + 1_000_000);
        await LoadRound.RunAsync(http, coach.MessagesUri, users, options.Connections, RoundBudget.ForTurns(firstUsers));
        var afterFirst = coach.WorkingSetBytes;
        await LoadRound.RunAsync(http, coach.MessagesUri, users, options.Connections, RoundBudget.ForTurns(options.MemoryUsers - firstUsers));
        return new MemoryCheck(firstUsers, afterFirst, options.MemoryUsers, coach.WorkingSetBytes);
    }

    private HttpClient Client() => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = options.Connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseProxy = false,
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
        DefaultRequestVersion = HttpVersion.Version11,
    };

    private static string CoachDll()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BoneCoachBot.sln")))
        {
            directory = directory.Parent;
        }

        var dll = directory is null ? null : Path.Combine(directory.FullName, "src", "BoneCoachBot", "bin", Configuration, "net10.0", "BoneCoachBot.dll");
        return dll is not null && File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"The coach's {Configuration} build was not found; run the bench with dotnet run -c {Configuration}.");
    }
}
