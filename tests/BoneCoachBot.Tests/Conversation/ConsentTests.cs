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
