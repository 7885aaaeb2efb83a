using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace BoneCoachBot.Hosting;

public static class EndpointMapping
{
    /// <summary>The one bot endpoint: Emulator, Azure Bot Service (Teams, Web Chat) and expectReplies callers.</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/messages", async (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) =>
        {
            if (!http.Request.HasJsonContentType())
            {
                http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                return;
            }

            await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
        });

    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/healthz", () => Results.Json(new { status = "ok", service = "BoneCoachBot" }));
}
