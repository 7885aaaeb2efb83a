using System.Text.Json.Nodes;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Conversation;

public sealed class BadInputTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    public static TheoryData<string, string> UnusableMessages => new()
    {
        { "", Text("commands", "emptyMessage") },
        { "   ", Text("commands", "emptyMessage") },
        { new string('a', 100 * 1024), Text("commands", "tooLong") },
        { "👍🦴", Text("commands", "emojiOnly") },
        { "Tengo sesenta y dos años", Text("commands", "otherLanguage") },
    };

    [Theory]
    [MemberData(nameof(UnusableMessages))]
    public async Task An_unusable_message_gets_a_kind_specific_reply_and_the_question_stays_answerable(string message, string expected)
    {
        var chat = await AtAgeAsync();

        var reply = await chat.SayAsync(message);
        var answered = await chat.SayAsync("62");

        Assert.Equal([expected], reply);
        Assert.Equal([Ask("onboarding", "weight")], answered);
    }

    [Fact]
    public async Task An_attachment_without_text_is_not_taken_as_an_answer()
    {
        var chat = await AtAgeAsync();

        var reply = await chat.Client.PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "http://127.0.0.1:9/x.png" }),
        });
        var answered = await chat.SayAsync("62");

        Assert.Equal([Text("commands", "attachmentOnly")], reply.Texts);
        Assert.Equal([Ask("onboarding", "weight")], answered);
    }

    [Fact]
    public async Task A_weight_out_of_range_is_named_and_asked_again()
    {
        var chat = await AtAgeAsync();
        await chat.SayAsync("62");

        var reply = await chat.SayAsync("I weigh 5 kg");
        var answered = await chat.SayAsync("64 kg");

        Assert.Equal(["5 kg doesn't look right to me; I'd expect something between 30 kg and 250 kg. Could you check it?"], reply);
        Assert.Equal([Ask("onboarding", "height")], answered);
        Assert.Equal(64, (await StoredState.RecordAsync(_host.Services, chat))!.Answers["weight"].Number);
    }

    [Fact]
    public async Task A_weight_without_a_unit_asks_which_unit_and_takes_the_unit_alone()
    {
        var chat = await AtAgeAsync();
        await chat.SayAsync("62");

        var reply = await chat.SayAsync("70");
        var answered = await chat.SayAsync("kg");

        Assert.Equal(["Is that 70 kg or 70 lb?"], reply);
        Assert.Equal([Ask("onboarding", "height")], answered);
    }

    [Fact]
    public async Task An_age_out_of_range_says_what_is_expected()
    {
        var chat = await AtAgeAsync();

        var reply = await chat.SayAsync("I'm 7");

        Assert.Equal(["7 doesn't look right to me; I'd expect something between 35 and 110. Could you check it?"], reply);
    }

    [Fact]
    public async Task A_card_submit_without_text_is_accepted_as_the_answer()
    {
        var chat = await AtAgeAsync();

        var reply = await chat.Client.PostAsync(new JsonObject { ["type"] = "message", ["value"] = new JsonObject { ["answer"] = 62 } });

        Assert.Equal([Ask("onboarding", "weight")], reply.Texts);
    }

    [Fact]
    public async Task A_teams_mention_of_the_bot_is_removed_before_the_command_is_read()
    {
        var chat = new Chat(_host.CreateClient());

        var reply = await chat.Client.PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["channelId"] = "msteams",
            ["text"] = "<at>BoneCoach</at> help",
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>BoneCoach</at>",
                ["mentioned"] = new JsonObject { ["id"] = "bot", ["name"] = "BoneCoach" },
            }),
        });

        Assert.Equal(Support.ScriptTexts.Script["commands"].Commands.First(c => c.Id == "help").Reply, reply.Texts[0]);
        // A new person whose first words were a command still gets the welcome; Teams may show Yes/No inside the question.
        Assert.Equal(Welcome.Take(2), reply.Texts.Skip(1).Take(2));
        Assert.StartsWith(Welcome[2], reply.Texts[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_height_that_cannot_go_with_her_weight_is_not_kept_and_asked_again()
    {
        var chat = await AtAgeAsync();
        await chat.AnswerAllAsync(["62", "30 kg"]);

        var reply = await chat.SayAsync("210 cm");
        var answered = await chat.SayAsync("150 cm");

        Assert.Equal([Text("commands", "contradiction"), Ask("onboarding", "height")], reply);
        Assert.Equal(Ask("onboarding", "lastPeriod"), answered[^1]);
        Assert.Equal(150, (await StoredState.RecordAsync(_host.Services, chat))!.Answers["height"].Number);
    }

    [Fact]
    public async Task A_menopause_longer_ago_than_her_age_allows_is_asked_again()
    {
        var chat = await AtAgeAsync();
        await chat.AnswerAllAsync(["50", "64 kg", "165 cm"]);

        var reply = await chat.SayAsync("40 years ago");

        Assert.Equal([Text("commands", "contradiction"), Ask("onboarding", "lastPeriod")], reply);
        Assert.False((await StoredState.RecordAsync(_host.Services, chat))!.Answers.ContainsKey("lastPeriod"));
    }

    private async Task<Chat> AtAgeAsync()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.SayAsync("none of these");
        return chat;
    }
}
