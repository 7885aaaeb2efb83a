using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace BoneCoach.Bench.Echo;

/// <summary>
/// The baseline: the smallest real Bot Framework bot (CloudAdapter, ConversationState on MemoryStorage, an
/// ActivityHandler), as the SDK's echo sample builds it. Whatever the coach costs beyond this is ours.
/// </summary>
public static class EchoBotHost
{
    public const string Verb = "serve-echo";

    public static void Run(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IStorage, MemoryStorage>();
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddTransient<IBot, EchoBot>();

        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(request, response, bot, request.HttpContext.RequestAborted));
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
        app.Run();
    }
}
