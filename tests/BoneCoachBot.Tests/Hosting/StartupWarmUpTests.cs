using System.Collections.Concurrent;
using BoneCoachBot.Hosting.WarmUp;
using BoneCoachBot.State;
using BoneCoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace BoneCoachBot.Tests.Hosting;

/// <summary>
/// Start-up's warm-up conversation (issue 18) runs the real turn path before the bot listens, and leaves no trace: not
/// in the configured storage, not in the logs.
/// </summary>
public sealed class StartupWarmUpTests
{
    [Fact]
    public async Task Start_up_warms_the_turn_path_without_touching_the_configured_storage_or_logging_a_turn()
    {
        var storage = new InMemoryStorage();
        var logs = new CapturedLogs();
        await using var host = new WarmUpHost(storage, logs, warmUp: true);
        var chat = new EmulatorClient(host.CreateClient());
        Assert.Equal(0, storage.Count);
        await chat.SayAsync("hi");
        var stored = storage.Count;
        var afterStart = logs.Entries.ToList();

        var replies = await host.Services.GetRequiredService<WarmUpTurns>().RunAsync(CancellationToken.None);

        // The warm-up conversation got the bot's real answers (its last message asks for help)...
        Assert.NotEmpty(replies);
        Assert.DoesNotContain(replies, reply => reply.Text == AdapterWithErrorHandler.ApologyText);
        Assert.Contains(replies, reply => reply.Text?.Contains("'forget me'", StringComparison.Ordinal) == true);
        // ...while her storage holds only the one real turn above, and nothing of the warm-up reached a log.
        Assert.NotEqual(0, stored);
        Assert.Equal(stored, storage.Count);
        Assert.Equal(afterStart, logs.Entries.ToList());
        Assert.DoesNotContain(afterStart, entry => entry.Level >= LogLevel.Warning);
        Assert.Single(afterStart, entry => entry.Message.StartsWith("Triage:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_turn_after_the_warm_up_still_logs_as_before()
    {
        var logs = new CapturedLogs();
        await using var host = new WarmUpHost(new InMemoryStorage(), logs, warmUp: true);
        await host.Services.GetRequiredService<WarmUpTurns>().RunAsync(CancellationToken.None);

        await new EmulatorClient(host.CreateClient()).SayAsync("hi");

        Assert.Single(logs.Entries, entry => entry.Message.StartsWith("Triage:", StringComparison.Ordinal));
    }

    private sealed class WarmUpHost : BotHost
    {
        public WarmUpHost(InMemoryStorage storage, ILoggerProvider logs, bool warmUp)
        {
            Set("BoneCoach:Startup:WarmUp", warmUp ? "true" : "false");
            UseLogs(logs);
            UseServices(services =>
            {
                services.RemoveAll<TurnScopedStorage>();
                services.AddSingleton(new TurnScopedStorage(storage));
            });
        }
    }

    private sealed record Entry(string Category, LogLevel Level, string Message);

    private sealed class CapturedLogs : ILoggerProvider
    {
        private readonly ConcurrentQueue<Entry> _entries = new();

        public IReadOnlyCollection<Entry> Entries => _entries;

        public ILogger CreateLogger(string categoryName) => new Capture(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class Capture(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new Entry(category, logLevel, formatter(state, exception)));
        }
    }
}
