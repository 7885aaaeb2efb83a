using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Reliability;

/// <summary>
/// Activities posted as raw bytes, for what a JSON writer refuses to produce: lone surrogates, invalid UTF-8,
/// duplicate names. A placeholder string in the JSON is swapped for the raw literal just before posting.
/// </summary>
public static class RawActivity
{
    public const string Placeholder = "__RAW__";

    /// <summary>A JSON string literal with every non-ASCII or control char escaped, surrogates as they are (lone ones too).</summary>
    public static string Literal(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text)
        {
            json.Append(c is < ' ' or > '~' or '"' or '\\' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return json.Append('"').ToString();
    }

    /// <summary>The envelope EmulatorClient would fill in, as JSON text, for <paramref name="client"/>'s conversation.</summary>
    public static JsonObject Envelope(EmulatorClient client, JsonObject activity)
    {
        activity["id"] ??= Guid.NewGuid().ToString("N");
        activity["channelId"] ??= "emulator";
        activity["serviceUrl"] ??= "http://127.0.0.1:9/";
        activity["conversation"] ??= new JsonObject { ["id"] = client.ConversationId };
        activity["from"] ??= new JsonObject { ["id"] = client.UserId, ["name"] = client.UserId };
        activity["recipient"] ??= new JsonObject { ["id"] = EmulatorClient.BotId };
        activity["locale"] ??= "en-US";
        activity["deliveryMode"] ??= "expectReplies";
        return activity;
    }

    /// <summary>Posts <paramref name="activity"/> with its <see cref="Placeholder"/> string replaced by <paramref name="raw"/> bytes.</summary>
    public static Task<BotReply> PostAsync(HttpClient http, JsonObject activity, byte[] raw) =>
        PostBytesAsync(http, Splice(activity.ToJsonString(), raw));

    public static Task<BotReply> PostAsync(HttpClient http, JsonObject activity, string rawJson) =>
        PostAsync(http, activity, Encoding.UTF8.GetBytes(rawJson));

    public static async Task<BotReply> PostBytesAsync(HttpClient http, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync("/api/messages", content);
        return new BotReply((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static byte[] Splice(string json, byte[] raw)
    {
        var marker = "\"" + Placeholder + "\"";
        var at = json.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException("The activity has no placeholder to replace.");
        }

        var before = Encoding.UTF8.GetBytes(json[..at]);
        var after = Encoding.UTF8.GetBytes(json[(at + marker.Length)..]);
        return [.. before, .. raw, .. after];
    }
}
