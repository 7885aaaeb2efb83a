using System.Text.Json.Nodes;
using BoneCoachBot.Tests.Conversation;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Reliability;

/// <summary>Issue 16, failure 3: an activity sent again (same id) is applied once and gets the same replies.</summary>
public sealed class RepeatedActivityTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    [Fact]
    public async Task The_same_activity_sent_twice_in_a_row_is_applied_once_and_answered_the_same()
    {
        var chat = await AtAgeAsync();

        var first = await chat.Client.PostAsync(Message("62", "activity-62"));
        var again = await chat.Client.PostAsync(Message("62", "activity-62"));

        Assert.Equal([Ask("onboarding", "weight")], first.Texts);
        Assert.Equal(first.Texts, again.Texts);
        await AssertAgeOnlyAsync(chat);
    }

    [Fact]
    public async Task The_same_activity_sent_twice_at_once_is_applied_once()
    {
        var chat = await AtAgeAsync();

        var replies = await Task.WhenAll(chat.Client.PostAsync(Message("62", "same-moment")), chat.Client.PostAsync(Message("62", "same-moment")));

        Assert.All(replies, reply => Assert.Equal([Ask("onboarding", "weight")], reply.Texts));
        await AssertAgeOnlyAsync(chat);
    }

    [Fact]
    public async Task The_same_id_in_another_conversation_is_a_different_activity()
    {
        var first = await AtAgeAsync();
        var second = await AtAgeAsync();

        await first.Client.PostAsync(Message("62", "shared-id"));
        var other = await second.Client.PostAsync(Message("70", "shared-id"));

        Assert.Equal([Ask("onboarding", "weight")], other.Texts);
        Assert.Equal(70, (await StoredState.RecordAsync(_host.Services, second))!.Answers["age"].Number);
    }

    [Fact]
    public async Task A_saved_turn_whose_replies_cannot_be_delivered_is_not_a_500_and_its_resend_is_applied_once()
    {
        var chat = await AtAgeAsync();
        // Normal delivery: replies go to serviceUrl, where nothing listens.
        var unreachable = Message("62", "undeliverable");
        unreachable["deliveryMode"] = "normal";

        var first = await chat.Client.PostAsync(unreachable.DeepClone().AsObject());
        var resent = await chat.Client.PostAsync(unreachable.DeepClone().AsObject());
        var next = await chat.SayAsync("64 kg");

        Assert.InRange(first.StatusCode, 200, 299);
        Assert.InRange(resent.StatusCode, 200, 299);
        Assert.Equal([Ask("onboarding", "height")], next);
        var record = (await StoredState.RecordAsync(_host.Services, chat))!;
        Assert.Equal(62, record.Answers["age"].Number);
        Assert.Equal(64, record.Answers["weight"].Number);
    }

    private static JsonObject Message(string text, string id) => new() { ["type"] = "message", ["text"] = text, ["id"] = id };

    private async Task AssertAgeOnlyAsync(Chat chat)
    {
        var record = (await StoredState.RecordAsync(_host.Services, chat))!;
        Assert.Equal(62, record.Answers["age"].Number);
        Assert.False(record.Answers.ContainsKey("weight"), "The repeated '62' was taken as her weight too.");
    }

    private async Task<Chat> AtAgeAsync()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.SayAsync("none of these");
        return chat;
    }
}
