using System.Text;
using System.Text.Json.Nodes;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Reliability;

/// <summary>Issue 16, failure 5: a broken envelope gets a 400 that names the field, never a bare 500.</summary>
public sealed class EnvelopeTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    public static TheoryData<string> RoutingFields => new() { "conversation.id", "from.id", "channelId", "type", "id" };

    [Theory]
    [MemberData(nameof(RoutingFields))]
    public async Task A_lone_surrogate_in_a_routing_field_is_a_400(string field)
    {
        var reply = await PostWithRawAsync(field, Encoding.UTF8.GetBytes("\"conv\\ud800x\""));

        Assert.Equal(400, reply.StatusCode);
        Assert.Contains("not valid Unicode", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RoutingFields))]
    public async Task An_invalid_utf8_byte_in_a_routing_field_is_a_400(string field)
    {
        var reply = await PostWithRawAsync(field, [(byte)'"', (byte)'a', 0xFF, (byte)'b', (byte)'"']);

        Assert.Equal(400, reply.StatusCode);
    }

    public static TheoryData<string, string> Duplicates => new()
    {
        { "Conversation", "null" },
        { "CONVERSATION", "{\"id\":\"someone-elses\"}" },
        { "From", "null" },
        { "ServiceUrl", "null" },
        { "Type", "\"message\"" },
    };

    [Theory]
    [MemberData(nameof(Duplicates))]
    public async Task A_second_property_differing_only_in_case_is_a_400(string name, string value)
    {
        var client = new EmulatorClient(_host.CreateClient());
        var json = RawActivity.Envelope(client, new JsonObject { ["type"] = "message", ["text"] = "hello" }).ToJsonString();
        var body = json[..^1] + $",\"{name}\":{value}}}";

        var reply = await RawActivity.PostBytesAsync(_host.CreateClient(), Encoding.UTF8.GetBytes(body));

        Assert.Equal(400, reply.StatusCode);
        Assert.Contains("more than once", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_in_members_added_is_a_400()
    {
        var client = new EmulatorClient(_host.CreateClient());
        var activity = RawActivity.Envelope(client, new JsonObject { ["type"] = "conversationUpdate", ["membersAdded"] = new JsonArray(null, new JsonObject { ["id"] = client.UserId }) });

        var reply = await RawActivity.PostBytesAsync(_host.CreateClient(), Encoding.UTF8.GetBytes(activity.ToJsonString()));

        Assert.Equal(400, reply.StatusCode);
        Assert.Contains("membersAdded", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("message")]
    [InlineData("conversationUpdate")]
    public async Task A_null_recipient_still_gets_the_welcome(string type)
    {
        var client = new EmulatorClient(_host.CreateClient());
        var activity = RawActivity.Envelope(client, new JsonObject { ["type"] = type, ["text"] = "hello", ["recipient"] = RawActivity.Placeholder });
        if (type == "conversationUpdate")
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = client.UserId });
        }

        var reply = await RawActivity.PostAsync(_host.CreateClient(), activity, "null");

        Assert.Equal(200, reply.StatusCode);
        Assert.Equal(ScriptTexts.Welcome, reply.Texts);
    }

    private async Task<BotReply> PostWithRawAsync(string field, byte[] raw)
    {
        var client = new EmulatorClient(_host.CreateClient());
        var activity = RawActivity.Envelope(client, new JsonObject { ["type"] = "message", ["text"] = "hello" });
        switch (field)
        {
            case "conversation.id":
                activity["conversation"] = new JsonObject { ["id"] = RawActivity.Placeholder };
                break;
            case "from.id":
                activity["from"] = new JsonObject { ["id"] = RawActivity.Placeholder };
                break;
            default:
                activity[field] = RawActivity.Placeholder;
                break;
        }

        return await RawActivity.PostAsync(_host.CreateClient(), activity, raw);
    }
}
