using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace BoneCoachBot.Tests.Support;

/// <summary>The real host in-process on TestServer, with in-memory storage unless a test says otherwise.</summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["BoneCoach:Storage:Provider"] = "Memory",
    };

    private ILoggerProvider? _logs;

    public BotHostFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Adds a logger provider beside the host's own, to read what the bot writes to its logs.</summary>
    public BotHostFactory WithLogs(ILoggerProvider logs)
    {
        _logs = logs;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(_logs));
        }
    }
}
