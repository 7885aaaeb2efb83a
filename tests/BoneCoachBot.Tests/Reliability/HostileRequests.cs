using System.Text;
using System.Text.Json.Nodes;

namespace BoneCoachBot.Tests.Reliability;

/// <summary>One generated request: its class (for the counts), the bytes and the content type.</summary>
public sealed record HostileRequest(string Class, byte[] Body, string ContentType = "application/json");

/// <summary>
/// Generates hostile requests from a seed: the six failure classes of issue 16 (huge input on every path, broken
/// strings, repeats, unclear answers to yes/no prompts, case-duplicate and null envelope parts) plus malformed JSON,
/// wrong types, huge bodies, deep nesting, control characters, RTL, emoji, and ordinary answers between them.
/// </summary>
public sealed class HostileRequests(int seed, int conversations)
{
    private static readonly string[] Answers = ["yes", "none of these", "62", "64 kg", "165 cm", "8 years ago", "no", "twice a week", "skip", "back", "help", "why"];
    private static readonly string[] Unclear = ["maybe", "hmm", "not sure", "dunno", "possibly", "?"];
    private static readonly string[] Rtl = ["أنا عمري ٦٢ سنة", "אני בת 62", "\u202Eek 46\u202C", "62 \u200F kg", "\u061C62"];
    private static readonly string[] Emoji = ["👍", "🦴💪", "6️⃣2️⃣", "👩🏽‍⚕️ 62", "🏳️‍🌈🏳️‍🌈🏳️‍🌈"];

    private readonly Random _random = new(seed);
    private readonly List<byte[]> _sent = [];

    private static readonly (string Class, int Weight)[] Classes =
    [
        ("answer", 14), ("unclear", 8), ("repeat", 8), ("huge-text-with-value", 4), ("huge-value", 3), ("many-attachments", 2),
        ("garbled-text", 6), ("garbled-id", 6), ("invalid-utf8", 5), ("case-duplicate", 5), ("null-recipient", 3),
        ("null-member", 3), ("malformed-json", 6), ("wrong-type", 6), ("huge-body", 1), ("deep-nesting", 3),
        ("control-chars", 5), ("rtl", 4), ("emoji", 4), ("not-json", 2), ("not-an-object", 2),
    ];

    public HostileRequest Next()
    {
        var pick = _random.Next(Classes.Sum(c => c.Weight));
        var name = Classes.First(c => (pick -= c.Weight) < 0).Class;
        var request = Build(name);
        if (name is "answer" or "unclear" or "rtl" or "emoji")
        {
            _sent.Add(request.Body);
        }

        return request;
    }

    private HostileRequest Build(string name) => name switch
    {
        "answer" => Json(name, Message(Pick(Answers))),
        "unclear" => Json(name, Message(Pick(Unclear))),
        "repeat" => _sent.Count == 0 ? Json(name, Message("62")) : new HostileRequest(name, _sent[_random.Next(_sent.Count)]),
        "huge-text-with-value" => Json(name, With(Message(InputBudgetTests.VariedDigits(_random.Next(3_000, 200 * 1024), _random.Next())), "value", new JsonObject())),
        "huge-value" => Json(name, With(Message(null), "value", new JsonObject { ["answer"] = InputBudgetTests.VariedDigits(_random.Next(5_000, 100_000), _random.Next()) })),
        "many-attachments" => Json(name, With(Message("62"), "attachments", new JsonArray(Enumerable.Range(0, _random.Next(11, 200)).Select(_ => (JsonNode)new JsonObject { ["contentType"] = "text/plain", ["content"] = "62" }).ToArray()))),
        "garbled-text" => Raw(name, Message(RawActivity.Placeholder), RawActivity.Literal(Pick(["6\ud8002", "\udc00", "62\ufffe", "\uffff kg", "ok\ud83d"]))),
        "garbled-id" => GarbledId(name, "\"x\\ud800y\""u8.ToArray()),
        "invalid-utf8" => _random.Next(2) == 0 ? GarbledId(name, [(byte)'"', 0xC3, 0x28, (byte)'"']) : Raw(name, Message(RawActivity.Placeholder), [(byte)'"', (byte)'6', 0xFF, (byte)'2', (byte)'"']),
        "case-duplicate" => Appended(name, Message("62"), Pick(["\"Conversation\":null", "\"FROM\":{\"id\":\"other\"}", "\"Type\":\"message\"", "\"ChannelId\":\"x\"", "\"serviceurl\":null"])),
        "null-recipient" => Raw(name, With(Message(Pick(Answers)), "recipient", RawActivity.Placeholder), "null"),
        "null-member" => Raw(name, With(Activity("conversationUpdate"), "membersAdded", RawActivity.Placeholder), Pick(["[null]", "[null,{\"id\":\"u\"}]", "[1]", "{}", "\"u\""])),
        "malformed-json" => new HostileRequest(name, Encoding.UTF8.GetBytes(Pick(["{", "{\"type\":\"message\",", "[1,2", "{\"type\":\"message\"}}", "nul", "{'type':'message'}", "{\"a\":1,}", "\u0000\u0001", ""]))),
        "wrong-type" => Json(name, WrongType()),
        "huge-body" => Json(name, Message(new string('a', 600 * 1024))),
        "deep-nesting" => Raw(name, With(Message("62"), "value", RawActivity.Placeholder), string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200)),
        "control-chars" => Raw(name, Message(RawActivity.Placeholder), RawActivity.Literal(Pick(["6\u00002", "\u0007\u0008", "62\u001b[2J", "\u007f62", "6\u00852"]))),
        "rtl" => Raw(name, Message(RawActivity.Placeholder), RawActivity.Literal(Pick(Rtl))),
        "emoji" => Raw(name, Message(RawActivity.Placeholder), RawActivity.Literal(Pick(Emoji))),
        "not-json" => new HostileRequest(name, Encoding.UTF8.GetBytes("type=message&text=62"), "application/x-www-form-urlencoded"),
        "not-an-object" => new HostileRequest(name, Encoding.UTF8.GetBytes(Pick(["[]", "42", "\"message\"", "null", "true"]))),
        _ => throw new InvalidOperationException(name),
    };

    private HostileRequest GarbledId(string name, byte[] raw)
    {
        var activity = Message("62");
        switch (_random.Next(4))
        {
            case 0:
                activity["conversation"] = new JsonObject { ["id"] = RawActivity.Placeholder };
                break;
            case 1:
                activity["from"] = new JsonObject { ["id"] = RawActivity.Placeholder };
                break;
            case 2:
                activity["channelId"] = RawActivity.Placeholder;
                break;
            default:
                activity["type"] = RawActivity.Placeholder;
                break;
        }

        return Raw(name, activity, raw);
    }

    private JsonObject WrongType()
    {
        var activity = Message("62");
        var field = Pick(["text", "conversation", "from", "recipient", "value", "attachments", "entities", "timestamp", "membersAdded", "locale", "serviceUrl"]);
        activity[field] = _random.Next(4) switch
        {
            0 => 42,
            1 => new JsonArray(1, "two"),
            2 => "a string",
            _ => true,
        };
        return activity;
    }

    private JsonObject Message(string? text)
    {
        var activity = Activity("message");
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }

    private JsonObject Activity(string type)
    {
        var user = "hostile-" + _random.Next(conversations);
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["conversation"] = new JsonObject { ["id"] = "conv-" + user },
            ["from"] = new JsonObject { ["id"] = user },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["locale"] = "en-US",
            ["deliveryMode"] = "expectReplies",
        };
    }

    private static JsonObject With(JsonObject activity, string name, JsonNode? value)
    {
        activity[name] = value;
        return activity;
    }

    private static HostileRequest Json(string name, JsonObject activity) => new(name, Encoding.UTF8.GetBytes(activity.ToJsonString()));

    private static HostileRequest Raw(string name, JsonObject activity, string rawJson) => Raw(name, activity, Encoding.UTF8.GetBytes(rawJson));

    private static HostileRequest Raw(string name, JsonObject activity, byte[] raw)
    {
        var json = activity.ToJsonString();
        var marker = "\"" + RawActivity.Placeholder + "\"";
        var at = json.IndexOf(marker, StringComparison.Ordinal);
        return new HostileRequest(name, [.. Encoding.UTF8.GetBytes(json[..at]), .. raw, .. Encoding.UTF8.GetBytes(json[(at + marker.Length)..])]);
    }

    private static HostileRequest Appended(string name, JsonObject activity, string property)
    {
        var json = activity.ToJsonString();
        return new HostileRequest(name, Encoding.UTF8.GetBytes(json[..^1] + "," + property + "}"));
    }

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
