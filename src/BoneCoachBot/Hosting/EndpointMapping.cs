using BoneCoachBot.State;
using Microsoft.AspNetCore.Http.Features;
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
                return Results.Problem("Post the activity as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
            }

            LimitBodySize(http);
            string? problem;
            try
            {
                problem = await ActivityEnvelope.FindProblemAsync(http.Request, http.RequestAborted);
            }
            catch (BadHttpRequestException tooLarge)
            {
                return Results.Problem("The activity is too large.", statusCode: tooLarge.StatusCode);
            }

            if (problem is not null)
            {
                return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
            }

            await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
            return Results.Empty;
        });

    private static void LimitBodySize(HttpContext http)
    {
        // TestServer has no such feature; Kestrel answers 413 past the limit, also for chunked bodies.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ActivityEnvelope.MaxBodyBytes;
        }
    }

    /// <summary>200 with <c>"storage": "ok"</c> while the state storage answers within a few seconds, else 503.</summary>
    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/healthz", async (TurnScopedStorage storage, CancellationToken cancellationToken) =>
        {
            var reachable = await StorageHealth.IsReachableAsync(storage.Backend, cancellationToken);
            return Results.Json(
                new { status = reachable ? "ok" : "unavailable", service = "BoneCoachBot", storage = reachable ? "ok" : "unreachable" },
                statusCode: reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
}
