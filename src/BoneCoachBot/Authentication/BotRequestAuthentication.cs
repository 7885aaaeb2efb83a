using System.Text.Json;
using BoneCoachBot.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Authentication;

/// <summary>
/// Authenticates a POST to /api/messages before the endpoint reads it, so that a refused request gets a clean 401
/// (or 503 while the Bot Framework's signing keys can't be fetched) and one warning without the token, instead of the
/// CloudAdapter's error log with a stack trace. The adapter authenticates again (the signing keys are cached).
/// </summary>
public sealed partial class BotRequestAuthentication(RequestDelegate next, BotFrameworkAuthentication authentication, ILogger<BotRequestAuthentication> logger)
{
    public const string MessagesPath = "/api/messages";

    // Azure Bot Service retries a 503; half a minute lets a metadata outage pass without hammering it.
    private const string RetryAfterSeconds = "30";

    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Path.Equals(MessagesPath, StringComparison.OrdinalIgnoreCase))
        {
            await next(http);
            return;
        }

        var header = http.Request.Headers.Authorization.ToString();
        var address = await ReadAddressAsync(http);
        try
        {
            await authentication.AuthenticateRequestAsync(address, header, http.RequestAborted);
        }
        catch (BotAuthenticationException refused)
        {
            LogRefused(logger, refused.Failure, refused.Cause ?? "none", address.ChannelId);
            await RefuseAsync(http, refused.Failure);
            return;
        }

        await next(http);
    }

    // Only what authentication reads (channelId for endorsements, serviceUrl for its claim); the endpoint checks the rest.
    private static async Task<Activity> ReadAddressAsync(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ActivityEnvelope.MaxBodyBytes;
        }

        http.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: ActivityEnvelope.MaxBodyBytes);
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            return new Activity { ChannelId = Text(document.RootElement, "channelId"), ServiceUrl = Text(document.RootElement, "serviceUrl") };
        }
        catch (Exception unreadable) when (unreadable is JsonException or BadHttpRequestException or IOException or InvalidOperationException)
        {
            // The endpoint names the problem (400, 413) once the caller has proved who it is; InvalidOperationException
            // is a string that is not valid UTF-8 or UTF-16 (a lone surrogate).
            return new Activity();
        }
        finally
        {
            if (http.Request.Body.CanSeek)
            {
                http.Request.Body.Position = 0;
            }
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static Task RefuseAsync(HttpContext http, BotAuthenticationFailure failure)
    {
        var unavailable = failure == BotAuthenticationFailure.MetadataUnavailable;
        if (unavailable)
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
        }
        else
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        var result = Results.Problem(
            unavailable ? "The bot can't check tokens right now; try again shortly." : "A valid Bot Framework token is required.",
            statusCode: unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status401Unauthorized);
        return result.ExecuteAsync(http);
    }

    [LoggerMessage(EventId = 1300, Level = LogLevel.Warning,
        Message = "Refused a request to /api/messages: {Failure} ({Cause}, channel {ChannelId})")]
    private static partial void LogRefused(ILogger logger, BotAuthenticationFailure failure, string cause, string? channelId);
}
