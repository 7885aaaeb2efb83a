using Microsoft.Extensions.DependencyInjection.Extensions;
using BoneCoachBot.Hosting;
using BoneCoachBot.State;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.State;

/// <summary>The real host on TestServer with a chosen storage, and the <see cref="RecordingBot"/> behind the real pipeline.</summary>
public sealed class StateHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _productBot;

    private StateHost(Dictionary<string, string?> settings, bool productBot)
    {
        _settings = settings;
        _productBot = productBot;
    }

    public TurnGate Gate { get; } = new();

    public TurnAttempts Attempts { get; } = new();

    public RecordingForgetMeHook ForgetMeHook { get; } = new();

    public static StateHost Memory() => new(new() { ["BoneCoach:Storage:Provider"] = "Memory" }, productBot: false);

    public static StateHost File(string directory, bool productBot = false) => new(new()
    {
        ["BoneCoach:Storage:Provider"] = "File",
        ["BoneCoach:Storage:Directory"] = directory,
    }, productBot);

    public static StateHost Blob(string connectionString, string container) => new(new()
    {
        ["BoneCoach:Storage:Provider"] = "Blob",
        ["BoneCoach:Storage:ConnectionString"] = connectionString,
        ["BoneCoach:Storage:ContainerName"] = container,
    }, productBot: false);

    public StateHost With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    public IStorage Backend => Services.GetRequiredService<TurnScopedStorage>().Backend;

    public async Task<List<string>> LogOfAsync(string conversationId)
    {
        var key = $"emulator/conversations/{conversationId}";
        var items = await Backend.ReadAsync([key]);
        return items.TryGetValue(key, out var item)
            ? ((JObject)item)[nameof(MessageLog)]![nameof(MessageLog.Entries)]!.ToObject<List<string>>()!
            : [];
    }

    /// <summary>A proactive turn as a check-in would start it: CloudAdapter.ContinueConversationAsync through the pipeline.</summary>
    public Task RunProactiveAsync(ConversationReference reference, string entry)
    {
        var adapter = (CloudAdapter)Services.GetRequiredService<IBotFrameworkHttpAdapter>();
        var pipeline = Services.GetRequiredService<TurnPipeline>();
        var bot = Services.GetRequiredService<RecordingBot>();
        return adapter.ContinueConversationAsync(
            string.Empty, reference, pipeline.Guard((turnContext, ct) => bot.RecordProactiveAsync(turnContext, entry, ct)), CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Gate);
            services.AddSingleton(Attempts);
            services.AddSingleton<IForgetMeHook>(ForgetMeHook);
            if (!_productBot)
            {
                services.AddStateGuardedBot<RecordingBot>();
            }
        });
    }
}
