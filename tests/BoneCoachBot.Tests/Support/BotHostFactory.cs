using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BoneCoachBot.Tests.Support;

/// <summary>The real host in-process on TestServer, with in-memory storage unless a test says otherwise.</summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["BoneCoach:Storage:Provider"] = "Memory",
    };

    public BotHostFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // The cards' rendering when the host registers it; the recording stand-in only while it doesn't.
        builder.ConfigureTestServices(services =>
            services.TryAddSingleton<BoneCoachBot.Cards.ICoachingMessages, BoneCoachBot.Tests.Conversation.RecordingCoachingMessages>());
    }
}
