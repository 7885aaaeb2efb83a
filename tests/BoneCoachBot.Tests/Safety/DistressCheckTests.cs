using System.Text.Json.Nodes;
using BoneCoachBot.Safety;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Support;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Safety;

/// <summary>
/// Low mood that may hide thoughts of suicide ("fed up with life") over the whole bot: the reply is a gentle, direct
/// question with the crisis line, alone; a yes or an unsure answer gets the crisis reply; a no is thanked and the open
/// question comes back; an answer to the open question instead goes on to it, with the line; nothing she said is kept.
/// </summary>
public sealed class DistressCheckTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    [Theory]
    [InlineData("I'm fed up with life")]
    [InlineData("whats the point of anything")]
    public async Task Low_mood_gets_the_question_about_thoughts_of_ending_her_life_alone(string low)
    {
        var chat = await AtAgeAsync();

        var reply = await chat.SayAsync(low);

        Assert.Equal([SafetyNetTests.DistressCheck()], reply);
        Assert.EndsWith("?", reply[0], StringComparison.Ordinal);
        Assert.Contains("988", reply[0], StringComparison.Ordinal);
        Assert.False((await StoredState.RecordAsync(_host.Services, chat))!.Answers.ContainsKey("age"));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("sometimes, yeah")]
    [InlineData("I don't know")]
    [InlineData("maybe")]
    [InlineData("help")]
    [InlineData("what's the point of anything anyway")]
    public async Task A_yes_an_unsure_answer_or_more_despair_gets_the_crisis_reply_and_the_conversation_waits(string answer)
    {
        var chat = await AtAgeAsync();
        await chat.SayAsync("I'm fed up with life");

        var reply = await chat.SayAsync(answer);
        var waiting = await chat.SayAsync("62");

        Assert.Equal([SafetyNetTests.Crisis()], reply);
        Assert.Equal([Text("safety", "askSafe")], waiting);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("no, just a rough week")]
    [InlineData("god no, I'm just fed up with my knees")]
    [InlineData("not really, just tired")]
    public async Task A_no_is_thanked_with_the_line_and_the_open_question_comes_back(string no)
    {
        var chat = await AtAgeAsync();
        await chat.SayAsync("I'm fed up with life");

        var reply = await chat.SayAsync(no);
        var next = await chat.SayAsync("62");

        Assert.Equal([Fill(ScriptLanguage.English, SafetyTextKeys.ThoughtsNo), Ask("onboarding", "age")], reply);
        Assert.Equal(Ask("onboarding", "weight"), next[^1]);
    }

    [Fact]
    public async Task A_no_with_an_urgent_sign_still_gets_the_urgent_notice()
    {
        var chat = await AtAgeAsync();
        await chat.SayAsync("I'm fed up with life");

        var reply = await chat.SayAsync("no, but I fell yesterday and broke my wrist");

        Assert.Equal([Fill(ScriptLanguage.English, SafetyTextKeys.ThoughtsNo), SafetyNetTests.UrgentNoted(), Ask("onboarding", "age")], reply);
    }

    [Fact]
    public async Task An_answer_to_the_open_question_instead_goes_on_to_it_with_the_line()
    {
        var chat = await AtAgeAsync();
        await chat.SayAsync("I'm fed up with life");

        var reply = await chat.SayAsync("62");

        var carryingOn = Text("safety", "carryingOn") + " " + Fill(ScriptLanguage.English, SafetyTextKeys.ReminderCrisis);
        Assert.Equal([carryingOn, Ask("onboarding", "weight")], reply);
        Assert.Equal(62, (await StoredState.RecordAsync(_host.Services, chat))!.Answers["age"].Number);
    }

    [Fact]
    public async Task After_the_plan_and_in_a_check_in_low_mood_is_asked_about_alone_and_a_no_goes_back_to_the_check_in()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(Personas.WeakLoadingStrongMinerals.Append("no").Append("no"));

        var afterPlan = await chat.SayAsync("honestly what's the point of it all");
        await chat.SayAsync("no, just a bad day");
        var checkIn = await chat.SayAsync("check in");
        var atCheckIn = await chat.SayAsync("2, but I'm so fed up with life lately");
        var no = await chat.SayAsync("nope");
        var racing = await chat.SayAsync("my heart is racing and I feel faint");

        Assert.Equal([SafetyNetTests.DistressCheck()], afterPlan);
        Assert.Equal([SafetyNetTests.DistressCheck()], atCheckIn);
        Assert.Equal([Fill(ScriptLanguage.English, SafetyTextKeys.ThoughtsNo), checkIn[^1]], no);
        Assert.Equal([SafetyNetTests.Emergency()], racing);
    }

    [Fact]
    public async Task In_spanish_no_quiero_seguir_is_asked_about_with_spains_line_and_a_no_brings_the_question_back()
    {
        var client = new EmulatorClient(_host.CreateClient());
        var joined = await client.PostAsync(new JsonObject
        {
            ["type"] = "conversationUpdate", ["locale"] = "es-ES",
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = client.UserId }, new JsonObject { ["id"] = EmulatorClient.BotId }),
        });

        var asked = await client.PostAsync(new JsonObject { ["type"] = "message", ["text"] = "no quiero seguir", ["locale"] = "es-ES" });
        var no = await client.PostAsync(new JsonObject { ["type"] = "message", ["text"] = "que va, solo estoy cansada", ["locale"] = "es-ES" });

        var check = Assert.Single(asked.Texts);
        Assert.StartsWith(Before("{crisis}", SafetyTextKeys.DistressCheck), check, StringComparison.Ordinal);
        Assert.Contains("024", check, StringComparison.Ordinal);
        Assert.Contains("112", check, StringComparison.Ordinal);
        Assert.EndsWith("?", check, StringComparison.Ordinal);
        Assert.Equal(2, no.Texts.Count);
        Assert.StartsWith(Before("{crisis}", SafetyTextKeys.ThoughtsNo), no.Texts[0], StringComparison.Ordinal);
        Assert.Contains("024", no.Texts[0], StringComparison.Ordinal);
        Assert.Equal(joined.Texts[^1], no.Texts[1]);
    }

    // The Spanish wording up to where the crisis line goes in.
    private static string Before(string slot, string key)
    {
        var text = ScriptTexts.Script.In(ScriptLanguage.Spanish, "safety").Text(key);
        return text[..text.IndexOf(slot, StringComparison.Ordinal)];
    }

    private async Task<Chat> AtAgeAsync()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(["none of these"]);
        return chat;
    }

    private static string Fill(string language, string key, string crisis = SafetyNetTests.UsCrisisLine) =>
        ScriptTexts.Script.In(language, "safety").Text(key)
            .Replace("{emergency}", "911", StringComparison.Ordinal)
            .Replace("{crisis}", crisis, StringComparison.Ordinal);
}
