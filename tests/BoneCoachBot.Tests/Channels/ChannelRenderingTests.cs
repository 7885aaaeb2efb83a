using System.Text;
using System.Text.Json.Nodes;
using BoneCoachBot.Wording;
using BoneCoachBot.ChannelRendering;
using BoneCoachBot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.ChannelTests;

/// <summary>Each channel gets what it can show: Teams a summary card and limited buttons, Web Chat the file, the Emulator all.</summary>
public sealed class ChannelRenderingTests
{
    private const string Summary = "# Bone health summary\n\n- Age: 62\n- Weight: 63.5 kg\n\nBring this to your clinician.";

    [Fact]
    public void Teams_gets_the_summary_as_a_card_with_the_same_words_instead_of_a_file()
    {
        var message = SummaryMessage();
        OutgoingActivities.Fit(message, "msteams", "personal");

        var card = Assert.Single(message.Attachments);
        Assert.Equal(SummaryCard.ContentType, card.ContentType);
        var texts = ((JObject)card.Content)["body"]!.Select(b => (string)b["text"]!).ToList();
        Assert.Equal(["Bone health summary", "• Age: 62", "• Weight: 63.5 kg", "Bring this to your clinician."], texts);
    }

    [Fact]
    public void Web_Chat_keeps_the_downloadable_file_and_the_Emulator_shows_both()
    {
        var webChat = SummaryMessage();
        var emulator = SummaryMessage();
        OutgoingActivities.Fit(webChat, "webchat", null);
        OutgoingActivities.Fit(emulator, "emulator", null);

        Assert.Equal([ClinicianSummaryFile.ContentType], webChat.Attachments.Select(a => a.ContentType));
        Assert.Equal([ClinicianSummaryFile.ContentType, SummaryCard.ContentType], emulator.Attachments.Select(a => a.ContentType));
    }

    [Theory]
    [InlineData("msteams", "personal", 4, true)]
    [InlineData("msteams", "personal", 3, false)]
    [InlineData("webchat", null, 8, false)]
    [InlineData("emulator", null, 8, false)]
    public void Buttons_beyond_what_the_channel_shows_become_a_numbered_list(string channelId, string? conversationType, int count, bool listed)
    {
        var message = (Activity)MessageFactory.Text("How often?");
        message.SuggestedActions = new SuggestedActions { Actions = Enumerable.Range(1, count).Select(i => new CardAction(ActionTypes.ImBack, $"Option {i}", value: $"Option {i}")).ToList() };

        OutgoingActivities.Fit(message, channelId, conversationType);

        Assert.Equal(listed, message.SuggestedActions is null);
        Assert.Equal(listed, message.Text.Contains($"{count}. Option {count}", StringComparison.Ordinal));
    }

    [Fact]
    public void Teams_drops_an_image_beyond_its_documented_limits_and_keeps_one_within_them()
    {
        var chart = Png(width: 800, height: 450, bytes: 60_000);
        var tooWide = Png(width: 2000, height: 450, bytes: 60_000);
        var tooHeavy = Png(width: 800, height: 450, bytes: ChannelRules.TeamsMaxImageBytes + 1);

        Assert.True(ChannelRules.TeamsShowsImage(chart));
        Assert.False(ChannelRules.TeamsShowsImage(tooWide));
        Assert.False(ChannelRules.TeamsShowsImage(tooHeavy));

        var message = (Activity)MessageFactory.Text("Your progress");
        message.Attachments = [Image(chart), Image(tooHeavy)];
        OutgoingActivities.Fit(message, "msteams", "personal");
        Assert.Single(message.Attachments);

        var webChat = (Activity)MessageFactory.Text("Your progress");
        webChat.Attachments = [Image(tooHeavy)];
        OutgoingActivities.Fit(webChat, "webchat", null);
        Assert.Single(webChat.Attachments);
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task A_group_chat_or_channel_gets_no_health_question_and_is_pointed_to_a_personal_chat(string conversationType)
    {
        using var bot = new BotHostFactory();
        var group = new EmulatorClient(bot.CreateClient());

        var joined = await group.PostAsync(Teams(new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = EmulatorClient.BotId }),
        }, conversationType));
        var answered = await group.PostAsync(Teams(new JsonObject { ["type"] = "message", ["text"] = "I'm 62 and I weigh 140 pounds" }, conversationType));

        var pointer = ScriptTexts.Text("commands", ChannelAwareBot.PersonalChatOnlyKey);
        Assert.Equal([pointer], joined.Texts);
        Assert.Equal([pointer], answered.Texts);
        Assert.All(answered.Activities, a => Assert.False(a.TryGetProperty("suggestedActions", out _)));
    }

    [Fact]
    public async Task Teams_personal_chat_gets_at_most_three_suggested_actions()
    {
        using var bot = new BotHostFactory();
        var chat = new EmulatorClient(bot.CreateClient());
        var replies = new List<BotReply>
        {
            await chat.PostAsync(Teams(new JsonObject { ["type"] = "conversationUpdate", ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = chat.UserId }) }, "personal")),
        };
        foreach (var answer in new[] { "yes", "none of these", "62", "140 pounds", "5 ft 4" })
        {
            replies.Add(await chat.PostAsync(Teams(new JsonObject { ["type"] = "message", ["text"] = answer }, "personal")));
        }

        var counts = replies.SelectMany(r => r.Activities)
            .Where(a => a.TryGetProperty("suggestedActions", out _))
            .Select(a => a.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength())
            .ToList();
        Assert.NotEmpty(counts);
        Assert.All(counts, n => Assert.InRange(n, 1, 3));
    }

    private static JsonObject Teams(JsonObject activity, string conversationType)
    {
        activity["channelId"] = "msteams";
        activity["conversation"] = new JsonObject { ["id"] = "teams-" + conversationType, ["conversationType"] = conversationType, ["isGroup"] = conversationType != "personal" };
        return activity;
    }

    private static Activity SummaryMessage()
    {
        var message = (Activity)MessageFactory.Text("Here's a summary for your clinician.");
        message.Attachments = [ClinicianSummaryFile.Attachment(Summary, "bone-health-summary.md")];
        return message;
    }

    private static Attachment Image(byte[] png) => new() { ContentType = "image/png", ContentUrl = "data:image/png;base64," + Convert.ToBase64String(png), Name = "chart" };

    // A PNG signature and IHDR with the given size, padded to the given length: enough for the limit checks.
    private static byte[] Png(int width, int height, int bytes)
    {
        var png = new byte[bytes];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }.CopyTo(png, 0);
        Encoding.ASCII.GetBytes("IHDR").CopyTo(png, 12);
        BitConverter.GetBytes(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(width)).CopyTo(png, 16);
        BitConverter.GetBytes(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(height)).CopyTo(png, 20);
        return png;
    }
}
