using System.Text.Json.Nodes;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Hosting;

public sealed class ConversationOverHttpTests : IClassFixture<BotHostFactory>
{
    private readonly BotHostFactory _host;

    public ConversationOverHttpTests(BotHostFactory host) => _host = host;

    private EmulatorClient NewUser() => new(_host.CreateClient());

    [Fact]
    public async Task New_member_is_greeted_and_a_message_is_answered_in_the_response_body()
    {
        var user = NewUser();

        var joined = await user.JoinAsync();
        var answered = await user.SayAsync("hello");

        Assert.Equal(200, joined.StatusCode);
        Assert.Equal(ScriptTexts.Welcome, joined.Texts);
        Assert.Equal(200, answered.StatusCode);
        Assert.Equal([ScriptTexts.Ask("consent", "keepAnswers")], answered.Texts);
    }

    [Fact]
    public async Task The_bot_joining_by_itself_gets_no_greeting()
    {
        var user = NewUser();

        var reply = await user.PostAsync(new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = EmulatorClient.BotId }),
        });

        Assert.Equal(200, reply.StatusCode);
        Assert.Empty(reply.Texts);
    }

    [Fact]
    public async Task A_first_message_without_conversationUpdate_is_welcomed_once()
    {
        var user = NewUser();

        var first = await user.SayAsync("hi");
        var second = await user.SayAsync("hi again");

        Assert.Equal(ScriptTexts.Welcome, first.Texts);
        Assert.Equal([ScriptTexts.Retry("consent", "keepAnswers")], second.Texts);
    }

    [Fact]
    public async Task An_attachment_without_text_gets_a_kind_request_for_text()
    {
        var user = NewUser();
        await user.JoinAsync();

        var reply = await user.PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "image/png",
                ["contentUrl"] = "http://127.0.0.1:9/photo.png",
            }),
        });

        Assert.Equal([ScriptTexts.Text("commands", "attachmentOnly")], reply.Texts);
    }
}
