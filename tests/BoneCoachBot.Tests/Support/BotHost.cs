using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace BoneCoachBot.Tests.Support;

/// <summary>
/// The one test host: the real app (Program) on TestServer with in-memory settings (memory storage unless a test says
/// otherwise), and on request a clock of the test's, a log provider beside the host's own, an environment, and test
/// services. The named hosts (<see cref="BotHostFactory"/>, Conversation.CoachingHost, CheckIns.CheckInHost,
/// State.StateHost) are presets of it for their folders' tests.
/// </summary>
public class BotHost : WebApplicationFactory<Program>
{
    // No start-up warm-up conversation (the script checks still run): it only makes a first turn faster, and a test run
    // starts hundreds of hosts. Tests of the warm-up set it to true.
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["BoneCoach:Storage:Provider"] = "Memory",
        ["BoneCoach:Startup:WarmUp"] = "false",
    };
    private readonly List<Action<IServiceCollection>> _services = [];
    private readonly List<ILoggerProvider> _logs = [];
    private TimeProvider? _time;
    private string? _environment;

    protected void Set(string key, string? value) => _settings[key] = value;

    /// <summary>The host's TimeProvider (a FakeTimeProvider, for tests that move time).</summary>
    protected void UseClock(TimeProvider time) => _time = time;

    protected void UseLogs(ILoggerProvider logs) => _logs.Add(logs);

    protected void UseEnvironment(string environment) => _environment = environment;

    protected void UseServices(Action<IServiceCollection> configure) => _services.Add(configure);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (_environment is not null)
        {
            builder.UseEnvironment(_environment);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // No console, debug or event-source logs: nobody reads a test host's console, and each turn logs several lines.
        // A test that reads the logs adds its own provider.
        builder.ConfigureLogging(logging => logging.ClearProviders());
        foreach (var logs in _logs)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }

        builder.ConfigureTestServices(services =>
        {
            if (_time is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(_time);
            }

            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }
}
