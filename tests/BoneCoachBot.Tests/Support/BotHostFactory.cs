using Microsoft.Extensions.Logging;

namespace BoneCoachBot.Tests.Support;

/// <summary>The real host in-process on TestServer, with in-memory storage unless a test says otherwise (<see cref="BotHost"/>).</summary>
public sealed class BotHostFactory : BotHost
{
    public BotHostFactory With(string key, string? value)
    {
        Set(key, value);
        return this;
    }

    /// <summary>Adds a logger provider beside the host's own, to read what the bot writes to its logs.</summary>
    public BotHostFactory WithLogs(ILoggerProvider logs)
    {
        UseLogs(logs);
        return this;
    }
}
