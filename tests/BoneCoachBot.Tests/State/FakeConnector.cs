using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BoneCoachBot.Tests.State;

/// <summary>
/// A channel's Connector API on a loopback port: what a bot sends to serviceUrl when the caller did not ask for
/// expectReplies (Teams, Web Chat through Azure Bot Service, the Emulator).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _next;

    private FakeConnector(WebApplication app) => _app = app;

    public ConcurrentQueue<JsonElement> Received { get; } = new();

    public string ServiceUrl { get; private set; } = string.Empty;

    public IEnumerable<string> Texts => Received.Where(a => a.TryGetProperty("text", out _)).Select(a => a.GetProperty("text").GetString() ?? string.Empty);

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", connector.ReceiveAsync);
        await app.StartAsync();
        connector.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/";
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        Received.Enqueue(body.RootElement.Clone());
        return Results.Json(new { id = "sent-" + Interlocked.Increment(ref _next) });
    }
}
