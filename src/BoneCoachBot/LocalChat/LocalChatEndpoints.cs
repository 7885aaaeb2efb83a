using System.Globalization;
using BoneCoachBot.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace BoneCoachBot.LocalChat;

/// <summary>
/// The Direct Line 3.0 subset that Web Chat uses when polling (start a conversation, post an activity, get activities
/// after a watermark, refresh the token), plus the Connector API subset the bot uses to reach a local conversation.
/// </summary>
public static class LocalChatEndpoints
{
    public const string DirectLinePath = "/v3/directline";

    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore, MaxDepth = 64 };

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var directLine = endpoints.MapGroup(DirectLinePath);
        directLine.MapPost("/conversations", StartAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivities);
        directLine.MapPost("/tokens/refresh", Refresh);

        var connector = endpoints.MapGroup(LocalServiceUrl.ConnectorPath + "/v3/conversations/{conversationId}");
        connector.MapPost("/activities", BotSendsAsync);
        connector.MapPost("/activities/{replyToId}", BotSendsAsync);
    }

    /// <summary>The token answer of Direct Line: the conversation the token opens, and how long it lives.</summary>
    public static object Started(LocalConversation conversation, DateTimeOffset now) => new
    {
        conversationId = conversation.Id,
        token = conversation.Token,
        expires_in = (int)(conversation.TokenExpires - now).TotalSeconds,
    };

    private static async Task<IResult> StartAsync(HttpContext http, LocalConversations conversations, LocalChatTurns turns, LocalServiceUrl serviceUrl, TimeProvider time)
    {
        if (conversations.ForToken(http.Request.Headers.Authorization) is not { } conversation)
        {
            return Unauthorized();
        }

        await turns.StartAsync(conversation, serviceUrl.For(http.Request), http.RequestAborted);
        return Results.Json(Started(conversation, time.GetUtcNow()), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> PostActivityAsync(string conversationId, HttpContext http, LocalConversations conversations, LocalChatTurns turns, LocalServiceUrl serviceUrl)
    {
        if (Open(http, conversations, conversationId) is not { } conversation)
        {
            return Refused(http, conversations);
        }

        var (activity, problem) = await ReadActivityAsync(http);
        if (activity is null)
        {
            return problem!;
        }

        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing))
        {
            return Results.Problem("Post a message, event or typing activity.", statusCode: StatusCodes.Status400BadRequest);
        }

        var id = await turns.ReceiveAsync(conversation, activity, serviceUrl.For(http.Request), http.RequestAborted);
        return Results.Json(new { id });
    }

    private static IResult GetActivities(string conversationId, string? watermark, HttpContext http, LocalConversations conversations, TimeProvider time)
    {
        if (Open(http, conversations, conversationId) is not { } conversation)
        {
            return Refused(http, conversations);
        }

        var after = long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        var (activities, last) = conversation.After(after, time.GetUtcNow());
        return Newtonsoft(new { activities, watermark = last.ToString(CultureInfo.InvariantCulture) });
    }

    private static IResult Refresh(HttpContext http, LocalConversations conversations, IOptions<LocalChatOptions> options, TimeProvider time)
    {
        if (conversations.ForToken(http.Request.Headers.Authorization) is not { } conversation)
        {
            return Unauthorized();
        }

        var now = time.GetUtcNow();
        conversation.Refresh(now + options.Value.TokenLifetime);
        return Results.Json(Started(conversation, now));
    }

    // The bot's replies and proactive messages, sent by its ConnectorClient to the serviceUrl of a local conversation.
    private static async Task<IResult> BotSendsAsync(string conversationId, HttpContext http, LocalConversations conversations, LocalChatTurns turns)
    {
        if (conversations.ForId(conversationId) is not { } conversation)
        {
            return Results.Problem("No such local conversation.", statusCode: StatusCodes.Status404NotFound);
        }

        var (activity, problem) = await ReadActivityAsync(http);
        return activity is null ? problem! : Results.Json(new { id = turns.Deliver(conversation, activity) });
    }

    private static LocalConversation? Open(HttpContext http, LocalConversations conversations, string conversationId) =>
        conversations.ForToken(http.Request.Headers.Authorization) is { } conversation && conversation.Id == conversationId ? conversation : null;

    // A valid token for another conversation is forbidden; no valid token at all is unauthorized.
    private static IResult Refused(HttpContext http, LocalConversations conversations) =>
        conversations.ForToken(http.Request.Headers.Authorization) is null ? Unauthorized() : Results.StatusCode(StatusCodes.Status403Forbidden);

    private static IResult Unauthorized() =>
        Results.Problem("A valid conversation token is required.", statusCode: StatusCodes.Status401Unauthorized);

    private static async Task<(Activity? Activity, IResult? Problem)> ReadActivityAsync(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ActivityEnvelope.MaxBodyBytes;
        }

        try
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync(http.RequestAborted);
            var activity = JsonConvert.DeserializeObject<Activity>(body, Json);
            return string.IsNullOrWhiteSpace(activity?.Type)
                ? (null, Results.Problem("The body must be an activity with a 'type'.", statusCode: StatusCodes.Status400BadRequest))
                : (activity, null);
        }
        catch (JsonException)
        {
            return (null, Results.Problem("The body is not a valid activity.", statusCode: StatusCodes.Status400BadRequest));
        }
        catch (BadHttpRequestException tooLarge)
        {
            return (null, Results.Problem("The activity is too large.", statusCode: tooLarge.StatusCode));
        }
    }

    // Bot Schema types carry Newtonsoft attributes; System.Text.Json would lose their names and extension data.
    private static IResult Newtonsoft(object value) =>
        Results.Text(JsonConvert.SerializeObject(value, Json), "application/json");
}
