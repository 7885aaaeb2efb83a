using BoneCoachBot.Coaching;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Conversation;

public sealed class ConsentTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    [Fact]
    public async Task No_health_question_comes_before_consent()
    {
        var chat = new Chat(_host.CreateClient());

        var welcome = await chat.JoinAsync();
        var unclear = await chat.SayAsync("I'm 62");

        Assert.Equal(Welcome, welcome);
        Assert.Equal([Retry("consent", "keepAnswers")], unclear);
        Assert.Null(await StoredState.RecordAsync(_host.Services, chat));
    }

    [Fact]
    public async Task What_is_this_at_consent_is_answered_with_why_the_answers_are_kept_and_the_question_comes_again()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();

        var asked = await chat.SayAsync("what is this?");
        // Her questions are no attempts at a yes or no: three unusable answers there count as a no.
        var privacy = await chat.SayAsync("who can see my answers?");
        await chat.SayAsync("what is this?");
        var agreed = await chat.SayAsync("yes");

        Assert.Equal(
            [Text("answers", "whatItIs").Replace("{why}", Why("consent", "keepAnswers"), StringComparison.Ordinal), Retry("consent", "keepAnswers")],
            asked);
        var offered = chat.Activities.Last(a => a.TryGetProperty("text", out var text) && text.GetString() == asked[^1])
            .GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString());
        Assert.Equal([Text("commands", "yes"), Text("commands", "no")], offered);
        Assert.Equal(Retry("consent", "keepAnswers"), privacy[^1]);
        Assert.NotEqual(Retry("consent", "keepAnswers"), privacy[0]);
        Assert.Equal(Ask("onboarding", "urgentNow"), agreed[^1]);
        Assert.Equal(ConsentStatus.Given, (await StoredState.RecordAsync(_host.Services, chat))!.Consent);
    }

    [Fact]
    public async Task Saying_no_keeps_only_the_refusal_and_later_messages_get_general_information()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();

        var declined = await chat.SayAsync("no");
        var later = await chat.SayAsync("how does bone change?");

        Assert.Equal([Text("consent", "declined")], declined);
        Assert.Equal([Text("consent", "generalInfo"), Text("commands", "notConsented")], later);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.Equal(ConsentStatus.Declined, record!.Consent);
        Assert.Empty(record.Answers);
        Assert.Empty(record.CompletedParts);
        Assert.Null(record.PlanReadyAt);
    }

    [Fact]
    public async Task After_a_no_start_asks_for_consent_again()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.SayAsync("no");

        var again = await chat.SayAsync("start");
        var agreed = await chat.SayAsync("yes");

        Assert.Equal([Ask("consent", "keepAnswers")], again);
        Assert.Equal(Ask("onboarding", "urgentNow"), agreed[^1]);
    }

    [Fact]
    public async Task Joining_twice_welcomes_once()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.SayAsync("yes");

        var second = await chat.JoinAsync();

        Assert.Empty(second);
    }
}
