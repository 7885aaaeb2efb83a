using System.Text.Json.Nodes;
using BoneCoachBot.Safety;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Support;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Safety;

/// <summary>
/// After an emergency or crisis reply the conversation waits: the ways women say it passed resume the open question,
/// the ways they say it isn't over get the emergency wording again (no question), and a plain answer to the open
/// question, after "are you safe?" was asked once, is taken as carrying on rather than asked about forever.
/// </summary>
public sealed class SafeToGoOnTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private const string Spain = "es-ES";

    private readonly CoachingHost _host = host;

    [Theory]
    [InlineData("yes im safe now it passed")]
    [InlineData("i'm ok now")]
    [InlineData("yes it passed")]
    [InlineData("all good now, the pain went")]
    [InlineData("Yeah I'm fine, false alarm. Sorry!")]
    [InlineData("it's gone now, we can carry on")]
    public async Task The_ways_she_says_it_passed_resume_the_open_question(string passed)
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(["none of these"]);
        await chat.SayAsync("I've got crushing chest pain right now");

        var reply = await chat.SayAsync(passed);

        // She never left: a short acknowledgement and the question, no welcome back.
        Assert.Equal([Said(ScriptLanguage.English, SafetyTextKeys.Resumed, SafetyTextKeys.ReminderEmergency, "911"), Ask("onboarding", "age")], reply);
    }

    // Back in a later part: no welcome back, and the reminder fits what happened. Found chatting: after a fall, "my daughter
    // is here now" got "If it comes back, stop and call 911"; a fall does not come back, and she still needs it checked.
    [Theory]
    [InlineData("my heart is racing and I feel faint", "it's passed now, I'm fine", SafetyTextKeys.ReminderEmergency)]
    [InlineData("I just fell in the kitchen and I can't put weight on my leg", "ok I'm back, I'm fine, my daughter is here now", SafetyTextKeys.ReminderFall)]
    public async Task Resuming_in_a_later_part_after_it_passed_is_no_welcome_back(string emergency, string back, string reminder)
    {
        var chat = await ChatAt.IntensityQuestionAsync(_host);
        var asked = chat.Transcript[^1]["bot: ".Length..];
        await chat.SayAsync(emergency);

        var reply = await chat.SayAsync(back);

        Assert.Equal([Said(ScriptLanguage.English, SafetyTextKeys.Resumed, reminder, "911"), asked], reply);
    }

    [Fact]
    public async Task A_message_the_question_cant_read_after_are_you_safe_still_gets_the_question_back()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(["none of these"]);
        await chat.SayAsync("I think I'm having a stroke");
        await chat.SayAsync("hmm");

        var reply = await chat.SayAsync("whatever");

        // The same words at the same question with no alarm before: the question's own retry.
        var unalarmed = await ChatAt.OnboardingAsync(_host);
        await unalarmed.AnswerAllAsync(["none of these"]);
        var retry = await unalarmed.SayAsync("whatever");
        Assert.Equal([Said(ScriptLanguage.English, SafetyTextKeys.CarryingOn, SafetyTextKeys.ReminderEmergency, "911"), .. retry], reply);
    }

    [Theory]
    [InlineData("si, ya estoy bien")]
    [InlineData("ya pasó")]
    [InlineData("Sí, ya se me pasó, podemos seguir")]
    [InlineData("no, estoy bien ya")]
    public async Task In_spanish_the_ways_she_says_it_passed_resume_the_open_question(string passed)
    {
        var (client, asked) = await JoinInSpanishAsync();
        await SayAsync(client, "me duele mucho el pecho", Spain);

        var reply = await SayAsync(client, passed, Spain);

        Assert.Equal([Said(ScriptLanguage.Spanish, SafetyTextKeys.Resumed, SafetyTextKeys.ReminderEmergency, "112"), asked], reply);
    }

    [Theory]
    [InlineData("still hurts")]
    [InlineData("no, waiting for the ambulance")]
    [InlineData("no")]
    [InlineData("it hasn't passed yet")]
    [InlineData("the ambulance is on its way")]
    [InlineData("help")]
    [InlineData("not really, I'm scared")]
    public async Task The_ways_she_says_it_isnt_over_keep_the_emergency_wording_with_no_question(string notOver)
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(["none of these"]);
        await chat.SayAsync("I can't breathe");

        var reply = await chat.SayAsync(notOver);
        var again = await chat.SayAsync(notOver);
        var resumed = await chat.SayAsync("ok it passed now");

        var still = Fill(ScriptLanguage.English, SafetyTextKeys.StillEmergency, "911");
        Assert.Equal([still], reply);
        Assert.Equal([still], again);
        Assert.DoesNotContain('?', still);
        Assert.Equal(Ask("onboarding", "age"), resumed[^1]);
    }

    [Theory]
    [InlineData("todavía me duele")]
    [InlineData("no, estoy esperando a la ambulancia")]
    [InlineData("sigo igual")]
    public async Task In_spanish_the_ways_she_says_it_isnt_over_keep_the_emergency_wording(string notOver)
    {
        var (client, _) = await JoinInSpanishAsync();
        await SayAsync(client, "no puedo respirar", Spain);

        var reply = await SayAsync(client, notOver, Spain);

        Assert.Equal([Fill(ScriptLanguage.Spanish, SafetyTextKeys.StillEmergency, "112")], reply);
    }

    [Fact]
    public async Task A_plain_answer_to_the_open_question_is_asked_about_once_then_taken_as_carrying_on()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(["none of these"]);
        await chat.SayAsync("I think I'm having a stroke");

        var asked = await chat.SayAsync("62");
        var carriedOn = await chat.SayAsync("62");

        Assert.Equal([Text("safety", "askSafe")], asked);
        Assert.Equal([Said(ScriptLanguage.English, SafetyTextKeys.CarryingOn, SafetyTextKeys.ReminderEmergency, "911"), Ask("onboarding", "weight")], carriedOn);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.Equal(62, record!.Answers["age"].Number);
    }

    [Fact]
    public async Task Carrying_on_with_an_urgent_sign_still_gets_the_urgent_notice()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(["none of these"]);
        await chat.SayAsync("I think I'm having a stroke");
        await chat.SayAsync("62");

        var reply = await chat.SayAsync("62, and I had a fall yesterday");

        Assert.Equal(Said(ScriptLanguage.English, SafetyTextKeys.CarryingOn, SafetyTextKeys.ReminderEmergency, "911"), reply[0]);
        Assert.Equal(SafetyNetTests.UrgentNoted(), reply[1]);
    }

    [Fact]
    public async Task After_a_crisis_reply_a_no_or_the_same_thoughts_get_the_crisis_line_again_and_a_yes_resumes_with_it()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(["none of these"]);
        await chat.SayAsync("I don't want to be here anymore");

        var no = await chat.SayAsync("no not really");
        var again = await chat.SayAsync("I just want to die");
        var yes = await chat.SayAsync("yes, I'm ok now");

        var crisis = "call 988 (the 988 Suicide & Crisis Lifeline)";
        Assert.Equal([Fill(ScriptLanguage.English, SafetyTextKeys.StillCrisis, "911", crisis)], no);
        Assert.Equal([Fill(ScriptLanguage.English, SafetyTextKeys.StillCrisis, "911", crisis)], again);
        Assert.Equal(Said(ScriptLanguage.English, SafetyTextKeys.Resumed, SafetyTextKeys.ReminderCrisis, "911", crisis), yes[0]);
        Assert.Equal(Ask("onboarding", "age"), yes[^1]);
    }

    [Fact]
    public async Task A_new_emergency_while_she_waits_gets_the_still_not_over_wording()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(["none of these"]);
        await chat.SayAsync("crushing chest pain");

        var reply = await chat.SayAsync("my chest still hurts");

        Assert.Equal([Fill(ScriptLanguage.English, SafetyTextKeys.StillEmergency, "911")], reply);
    }

    private static string Said(string language, string first, string reminder, string emergency, string crisis = "") =>
        Fill(language, first, emergency, crisis) + " " + Fill(language, reminder, emergency, crisis);

    private static string Fill(string language, string key, string emergency, string crisis = "") =>
        ScriptTexts.Script.In(language, "safety").Text(key)
            .Replace("{emergency}", emergency, StringComparison.Ordinal)
            .Replace("{crisis}", crisis, StringComparison.Ordinal);

    // Before consent, in Spain: the open question is the consent question the welcome ended with.
    private async Task<(EmulatorClient Client, string Asked)> JoinInSpanishAsync()
    {
        var client = new EmulatorClient(_host.CreateClient());
        var joined = await client.PostAsync(new JsonObject
        {
            ["type"] = "conversationUpdate", ["locale"] = Spain,
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = client.UserId }, new JsonObject { ["id"] = EmulatorClient.BotId }),
        });
        return (client, joined.Texts[^1]);
    }

    private static async Task<IReadOnlyList<string>> SayAsync(EmulatorClient client, string text, string locale)
    {
        var reply = await client.PostAsync(new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = locale });
        Assert.Equal(200, reply.StatusCode);
        return reply.Texts;
    }
}
