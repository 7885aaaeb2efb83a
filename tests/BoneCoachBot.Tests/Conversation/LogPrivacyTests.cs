using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using BoneCoachBot.Tests.Support;
using Microsoft.Extensions.Logging;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>Logs carry ids and event names: her name and her health answers never reach them.</summary>
public sealed class LogPrivacyTests
{
    private const string Name = "Zelda Quux";

    [Fact]
    public async Task A_conversation_with_health_answers_leaves_no_name_or_answer_in_the_logs()
    {
        var logs = new CapturedLogs();
        await using var host = new BotHostFactory().WithLogs(logs);
        var chat = new EmulatorClient(host.CreateClient());

        string[] messages = ["yes", "none of these", "I'm sixty-seven", "143.9 pounds", "5 ft 2", "what do you know about me", "forget me", "yes"];
        await chat.PostAsync(WithName(new JsonObject { ["type"] = "conversationUpdate", ["membersAdded"] = new JsonArray(Account(chat.UserId), Account(EmulatorClient.BotId)) }, chat.UserId));
        foreach (var text in messages)
        {
            await chat.PostAsync(WithName(new JsonObject { ["type"] = "message", ["text"] = text }, chat.UserId));
        }

        Assert.NotEmpty(logs.Lines);
        string[] secrets = ["Zelda", "Quux", "143.9", "65.2", "sixty-seven", "pounds"];
        Assert.All(logs.Lines, line => Assert.DoesNotContain(secrets, secret => line.Contains(secret, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Each_event_is_logged_under_the_class_that_writes_it()
    {
        var logs = new CapturedLogs();
        await using var host = new BotHostFactory().WithLogs(logs);
        var chat = new EmulatorClient(host.CreateClient());

        foreach (var text in new[] { "hi", "forget me", "yes" })
        {
            await chat.PostAsync(WithName(new JsonObject { ["type"] = "message", ["text"] = text }, chat.UserId));
        }

        Assert.Contains(logs.Lines, line => line.StartsWith("BoneCoachBot.Dialogs.ForgetMeDialog ", StringComparison.Ordinal) && line.Contains("Forget me confirmed"));
    }

    private static JsonObject WithName(JsonObject activity, string userId)
    {
        activity["from"] = Account(userId);
        return activity;
    }

    private static JsonObject Account(string id) => new() { ["id"] = id, ["name"] = id == EmulatorClient.BotId ? "Bot" : Name };

    /// <summary>Every formatted log line and exception the host writes, at the host's configured levels.</summary>
    private sealed class CapturedLogs : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyCollection<string> Lines => _lines;

        public ILogger CreateLogger(string categoryName) => new Capture(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Capture(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category} {eventId} {formatter(state, exception)} {exception}");
        }
    }
}
