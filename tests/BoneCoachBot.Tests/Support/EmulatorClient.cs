using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BoneCoachBot.Tests.Support;

/// <summary>Posts activities to /api/messages the way the Emulator does, asking for replies in the HTTP body.</summary>
public sealed class EmulatorClient(HttpClient http, string? conversationId = null, string? userId = null)
{
    public string ConversationId { get; } = conversationId ?? "conv-" + Guid.NewGuid().ToString("N")[..8];

    public string UserId { get; } = userId ?? "user-" + Guid.NewGuid().ToString("N")[..8];

    public const string BotId = "bot";

    public const string ChannelId = "emulator";

    public Task<BotReply> JoinAsync(CancellationToken cancellationToken = default) =>
        PostAsync(new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["membersAdded"] = new JsonArray(Account(UserId), Account(BotId)),
        }, cancellationToken);

    public Task<BotReply> SayAsync(string text, CancellationToken cancellationToken = default) =>
        PostAsync(new JsonObject { ["type"] = "message", ["text"] = text }, cancellationToken);

    /// <summary>Fills in the envelope (ids, channel, conversation, expectReplies) and posts.</summary>
    public async Task<BotReply> PostAsync(JsonObject activity, CancellationToken cancellationToken = default)
    {
        activity["id"] ??= Guid.NewGuid().ToString("N");
        activity["channelId"] ??= ChannelId;
        // Nothing listens here: with expectReplies the bot must not call back.
        activity["serviceUrl"] ??= "http://127.0.0.1:9/";
        activity["conversation"] ??= new JsonObject { ["id"] = ConversationId };
        activity["from"] ??= Account(UserId);
        activity["recipient"] ??= Account(BotId);
        activity["locale"] ??= "en-US";
        activity["deliveryMode"] ??= "expectReplies";
        activity["timestamp"] ??= DateTimeOffset.UtcNow.ToString("O");

        using var response = await http.PostAsJsonAsync("/api/messages", activity, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new BotReply((int)response.StatusCode, body);
    }

    private static JsonObject Account(string id) => new() { ["id"] = id, ["name"] = id };
}

/// <summary>The HTTP status and the activities the bot returned in the body.</summary>
public sealed record BotReply(int StatusCode, string Body)
{
    public IReadOnlyList<JsonElement> Activities =>
        string.IsNullOrWhiteSpace(Body)
            ? []
            : JsonDocument.Parse(Body).RootElement.TryGetProperty("activities", out var list)
                ? list.EnumerateArray().ToList()
                : [];

    public IReadOnlyList<string> Texts =>
        Activities
            .Where(a => a.GetProperty("type").GetString() == "message" && a.TryGetProperty("text", out _))
            .Select(a => a.GetProperty("text").GetString() ?? string.Empty)
            .ToList();
}
