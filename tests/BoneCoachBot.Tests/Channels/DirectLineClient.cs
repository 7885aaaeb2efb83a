using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BoneCoachBot.Tests.ChannelTests;

/// <summary>Talks to a Direct Line 3.0 endpoint the way Web Chat's DirectLineJS does when polling.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public string Token { get; private set; } = string.Empty;

    public string ConversationId { get; private set; } = string.Empty;

    public string UserId { get; private set; } = string.Empty;

    public string Watermark { get; private set; } = string.Empty;

    /// <summary>What the page does first: a token from the bot, then the conversation it opens.</summary>
    public async Task StartAsync()
    {
        using var tokenResponse = await http.PostAsync("/api/directline/token", null);
        tokenResponse.EnsureSuccessStatusCode();
        var token = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>();
        Token = token.GetProperty("token").GetString()!;
        UserId = token.GetProperty("userId").GetString()!;

        using var started = await SendAsync(HttpMethod.Post, "/v3/directline/conversations");
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        ConversationId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString()!;
    }

    /// <summary>Posts a message as Web Chat does, with a clientActivityID, and returns the id Direct Line gave it.</summary>
    public async Task<string> SayAsync(string text, string clientActivityId)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = UserId, ["role"] = "user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The activities after the last watermark; moves the watermark on.</summary>
    public async Task<IReadOnlyList<JsonElement>> PollAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={Watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await response.Content.ReadFromJsonAsync<JsonElement>();
        Watermark = set.GetProperty("watermark").GetString()!;
        return set.GetProperty("activities").EnumerateArray().ToList();
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonObject? body = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return await http.SendAsync(request);
    }
}
