using BoneCoachBot.Hosting;
using BoneCoachBot.State;
using BoneCoachBot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.State;

/// <summary>The real host on TestServer with a chosen storage, and the <see cref="RecordingBot"/> behind the real pipeline.</summary>
public sealed class StateHost : BotHost
{
    private StateHost(Dictionary<string, string?> settings, bool productBot)
    {
        foreach (var (key, value) in settings)
        {
            Set(key, value);
        }

        UseServices(services =>
        {
            services.AddSingleton(Gate);
            services.AddSingleton(Attempts);
            services.AddSingleton<IForgetMeHook>(ForgetMeHook);
            if (!productBot)
            {
                services.AddStateGuardedBot<RecordingBot>();
            }
        });
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
        Set(key, value);
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
}
