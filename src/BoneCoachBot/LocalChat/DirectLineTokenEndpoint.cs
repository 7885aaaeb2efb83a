using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.LocalChat;

/// <summary>
/// <c>POST /api/directline/token</c>: what the Web Chat page asks first. With the local channel on, a new local
/// conversation; otherwise Azure's Direct Line secret swapped for a conversation token (the secret never reaches the
/// browser); with neither, 404 and a message the page shows. Either way she is the same user after a reload
/// (<see cref="WebChatUser"/>).
/// </summary>
public static partial class DirectLineTokenEndpoint
{
    public const string Path = "/api/directline/token";
    public const string HttpClientName = "DirectLine";

    public static void Map(IEndpointRouteBuilder endpoints, bool localChatEnabled)
    {
        if (localChatEnabled)
        {
            endpoints.MapPost(Path, (HttpContext http, WebChatUser user, LocalConversations conversations, TimeProvider time) =>
                Local(conversations.Create(user.For(http)), time.GetUtcNow()));
        }
        else
        {
            endpoints.MapPost(Path, FromAzureAsync);
        }
    }

    private static IResult Local(LocalConversation conversation, DateTimeOffset now) => Results.Json(new TokenAnswer(
        conversation.Token, conversation.Id, (int)(conversation.TokenExpires - now).TotalSeconds, conversation.User.Id, LocalChatEndpoints.DirectLinePath));

    private static async Task<IResult> FromAzureAsync(
        HttpContext http, WebChatUser user, IOptions<DirectLineOptions> options, IHttpClientFactory clients, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Secret))
        {
            return Results.Problem(
                $"Chat in the browser is not set up here: set {DirectLineOptions.Section}:Secret, or turn on the local channel with {LocalChatOptions.Section}:Enabled.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var logger = loggers.CreateLogger(typeof(DirectLineTokenEndpoint));
        var userId = user.For(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.BaseUrl, "v3/directline/tokens/generate"))
        {
            Content = JsonContent.Create(new { user = new { id = userId } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Secret);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.Timeout);
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, (int)response.StatusCode);
                return Unavailable();
            }

            var issued = await response.Content.ReadFromJsonAsync<IssuedToken>(timeout.Token);
            if (string.IsNullOrEmpty(issued?.Token))
            {
                LogRefused(logger, (int)response.StatusCode);
                return Unavailable();
            }

            return Results.Json(new TokenAnswer(issued.Token, issued.ConversationId, issued.ExpiresIn, userId, new Uri(settings.BaseUrl, "v3/directline").ToString()));
        }
        catch (Exception failure) when (failure is HttpRequestException or OperationCanceledException or System.Text.Json.JsonException)
        {
            LogUnreachable(logger, failure.GetType().Name);
            return Unavailable();
        }
    }

    private static IResult Unavailable() =>
        Results.Problem("The chat service didn't answer. Please try again in a moment.", statusCode: StatusCodes.Status502BadGateway);

    [LoggerMessage(EventId = 1310, Level = LogLevel.Warning, Message = "Direct Line refused the token request with status {StatusCode}")]
    private static partial void LogRefused(ILogger logger, int statusCode);

    [LoggerMessage(EventId = 1311, Level = LogLevel.Warning, Message = "Direct Line token request failed: {ExceptionType}")]
    private static partial void LogUnreachable(ILogger logger, string exceptionType);

    /// <summary>What the page gets: Direct Line's own fields, plus the user id and where to find Direct Line.</summary>
    private sealed record TokenAnswer(
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("conversationId")] string? ConversationId,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("userId")] string UserId,
        [property: JsonPropertyName("domain")] string Domain);

    private sealed record IssuedToken(
        [property: JsonPropertyName("token")] string? Token,
        [property: JsonPropertyName("conversationId")] string? ConversationId,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
