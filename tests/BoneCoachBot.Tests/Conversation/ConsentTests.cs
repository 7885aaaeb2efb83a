using System.Text.Json.Nodes;
using BoneCoachBot.Coaching;
using BoneCoachBot.Tests.Support;
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

    // Found by chatting: three messages with no yes or no in them ("I'm 62", "hmm", "can I think about it") gave up the
    // prompt, and she was told "That's completely fine: I won't ask about your health", though she never said no.
    [Fact]
    public async Task Three_messages_without_a_yes_or_no_are_no_refusal_and_she_is_asked_again()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.SayAsync("I'm 62");
        await chat.SayAsync("hmm");

        var third = await chat.SayAsync("let me think about it");
        var agreed = await chat.SayAsync("ok yes");

        Assert.Equal([Text("consent", "undecided"), Ask("consent", "keepAnswers")], third);
        Assert.Equal(Ask("onboarding", "urgentNow"), agreed[^1]);
        Assert.Equal(ConsentStatus.Given, (await StoredState.RecordAsync(_host.Services, chat))!.Consent);
    }

    // Found by chatting: "I dont know" and "no sé" at consent were taken as a no.
    [Theory]
    [InlineData("I dont know", "en-US")]
    [InlineData("not sure", "en-GB")]
    [InlineData("no sé", "es-ES")]
    public async Task Not_knowing_at_consent_is_no_refusal_and_she_hears_why_the_answers_would_be_kept(string said, string locale)
    {
        var client = new EmulatorClient(_host.CreateClient());
        await client.PostAsync(new JsonObject { ["type"] = "conversationUpdate", ["locale"] = locale,
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = client.UserId }, new JsonObject { ["id"] = EmulatorClient.BotId }) });

        var reply = (await client.PostAsync(new JsonObject { ["type"] = "message", ["text"] = said, ["locale"] = locale })).Texts;
        var afterIt = await StoredState.RecordAsync(_host.Services, client.UserId);
        await client.PostAsync(new JsonObject { ["type"] = "message", ["text"] = locale.StartsWith("es", StringComparison.Ordinal) ? "sí" : "yes", ["locale"] = locale });

        // Why her answers would be kept, and the question again; nothing stored, not even a refusal, until her yes.
        Assert.Equal(2, reply.Count);
        Assert.Null(afterIt);
        Assert.Equal(ConsentStatus.Given, (await StoredState.RecordAsync(_host.Services, client.UserId))!.Consent);
    }

    [Fact]
    public async Task Asking_whether_she_can_delete_her_answers_later_is_answered_at_consent()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();

        var asked = await chat.SayAsync("can I delete them later?");

        var privacy = Support.ScriptTexts.Script["answers"].Topics.Single(t => t.Id == "privacy").Answer;
        Assert.Equal([privacy, Retry("consent", "keepAnswers")], asked);
    }

    // Found chatting: "go on then" got "Please answer yes or no".
    [Theory]
    [InlineData("go on then")]
    [InlineData("fine by me")]
    [InlineData("sure, why not")]
    public async Task Taking_up_the_offer_in_her_own_words_is_her_consent(string said)
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();

        var reply = await chat.SayAsync(said);

        Assert.Equal(Text("consent", "accepted"), reply[0]);
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
