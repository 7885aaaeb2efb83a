using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>
/// The real host in-process (memory storage unless told otherwise) with a clock the test moves.
/// </summary>
public sealed class CoachingHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new() { ["BoneCoach:Storage:Provider"] = "Memory" };

    /// <summary>The one fake clock of the test hosts (as in <see cref="CheckIns.CheckInHost"/>): it moves only when a test moves it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));

    public CoachingHost WithFileStorage(string directory)
    {
        _settings["BoneCoach:Storage:Provider"] = "File";
        _settings["BoneCoach:Storage:Directory"] = directory;
        return this;
    }

    public CoachingHost WithSetting(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    public CoachingHost WithClock(DateTimeOffset now)
    {
        Clock.SetUtcNow(now);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
