using System.Text.Json;
using System.Text.Json.Nodes;
using BoneCoachBot.ChannelRendering;
using BoneCoachBot.CheckIns.Progress;
using BoneCoachBot.Tests.CheckIns;
using BoneCoachBot.Tests.Support;
using BoneCoachBot.Tests.Wording;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.ChannelTests;

/// <summary>
/// What a woman in a Teams personal chat receives, through the real host, checked against Teams' documented limits
/// (learn.microsoft.com/microsoftteams/platform): "Format your bot messages" (a message up to about 100 KB counted as
/// UTF-16, base64 images not counted; keep it under 80 KB, or Teams answers 413 MessageSizeTooBig); "Send and receive
/// messages" and the Cards reference (pictures up to 1024 × 1024 px and 1 MB, PNG, JPEG or GIF; base64 inline images
/// are shown); Teams renders Adaptive Cards up to version 1.5; a file reaches a personal chat only through the file
/// consent flow, so the summary must be a card there.
/// </summary>
public sealed class TeamsRenderingTests
{
    private const int TeamsMessageBudgetBytes = 80 * 1024;
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    [Fact]
    public async Task Her_clinician_summary_reaches_Teams_as_a_valid_card_within_the_message_size()
    {
        var reply = await TeamsChatAfterPlanAsync("summary");

        var attachments = Attachments(reply).ToList();
        Assert.DoesNotContain(attachments, a => a.ContentType == "text/markdown");
        var card = Assert.Single(attachments, a => a.ContentType == AdaptiveCard);
        Assert.Empty(AdaptiveCardRules.Problems(card.Content!));
        Assert.Contains(card.Content!.Descendants().OfType<JValue>(), v => v.ToString().Contains("62", StringComparison.Ordinal));
        AssertWithinTeamsMessageSize(reply);
    }

    [Fact]
    public async Task Her_progress_chart_reaches_Teams_as_an_inline_png_within_its_image_limits()
    {
        var reply = await TeamsChatAfterPlanAsync("progress", ProgressChartTests.FourteenWeeks());

        var chart = Assert.Single(Attachments(reply), a => a.ContentType == "image/png");
        Assert.StartsWith("data:image/png;base64,", chart.ContentUrl, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(chart.Name));
        var url = chart.ContentUrl!;
        var png = Convert.FromBase64String(url[(url.IndexOf(',') + 1)..]);
        Assert.InRange(png.Length, 1, ChannelRules.TeamsMaxImageBytes);
        var (width, height) = (BigEndian(png, 16), BigEndian(png, 20));
        Assert.InRange(width, 1, ChannelRules.TeamsMaxImagePixels);
        Assert.InRange(height, 1, ChannelRules.TeamsMaxImagePixels);
        Assert.All(Attachments(reply).Where(a => a.ContentType == AdaptiveCard), c => Assert.Empty(AdaptiveCardRules.Problems(c.Content!)));
        AssertWithinTeamsMessageSize(reply);
    }

    [Fact]
    public async Task Her_plan_reaches_Teams_as_a_valid_card_within_the_message_size()
    {
        var reply = await TeamsChatAfterPlanAsync("show my plan");

        var card = Assert.Single(Attachments(reply), a => a.ContentType == AdaptiveCard);
        Assert.Empty(AdaptiveCardRules.Problems(card.Content!));
        AssertWithinTeamsMessageSize(reply);
    }

    private static async Task<BotReply> TeamsChatAfterPlanAsync(string text, CheckInRecord? checkIns = null)
    {
        using var bot = new BotHostFactory();
        var chat = new EmulatorClient(bot.CreateClient());
        await SeededUser.SeedAsync(bot.Services, chat, SeededRecords.WithPlan(), checkIns ?? SeededRecords.AfterPlanCheckIns(), channelId: "msteams");
        var reply = await chat.PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["channelId"] = "msteams",
            ["conversation"] = new JsonObject { ["id"] = chat.ConversationId, ["conversationType"] = "personal", ["isGroup"] = false },
        });
        Assert.Equal(200, reply.StatusCode);
        return reply;
    }

    // Teams counts the whole message as UTF-16 (two bytes a character here) without the base64 images.
    private static void AssertWithinTeamsMessageSize(BotReply reply)
    {
        Assert.NotEmpty(reply.Activities);
        foreach (var activity in reply.Activities)
        {
            var json = JsonNode.Parse(activity.GetRawText())!;
            foreach (var attachment in json["attachments"]?.AsArray() ?? [])
            {
                if (attachment!["contentUrl"]?.GetValue<string>() is { } url && url.StartsWith("data:image/", StringComparison.Ordinal))
                {
                    attachment["contentUrl"] = url[..(url.IndexOf(',') + 1)];
                }
            }

            Assert.InRange(json.ToJsonString().Length * 2, 1, TeamsMessageBudgetBytes);
        }
    }

    private static IEnumerable<(string? ContentType, JObject? Content, string? ContentUrl, string? Name)> Attachments(BotReply reply) =>
        reply.Activities
            .Where(a => a.TryGetProperty("attachments", out _))
            .SelectMany(a => a.GetProperty("attachments").EnumerateArray())
            .Select(a => (
                Get(a, "contentType"),
                a.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Object ? JObject.Parse(content.GetRawText()) : null,
                Get(a, "contentUrl"),
                Get(a, "name")));

    private static string? Get(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int BigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
