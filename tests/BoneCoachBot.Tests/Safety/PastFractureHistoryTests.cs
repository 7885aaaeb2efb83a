using System.Text.Json.Nodes;
using BoneCoachBot.Safety;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Support;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Safety;

/// <summary>
/// A past break said at the opening screen ends in her fracture history: the history list is asked with a reminder of
/// it, and a list that leaves it unticked does not answer the fragility-fracture question "no" for her; that question
/// is asked as a confirmation. Over the real adapter, in English and Spanish.
/// </summary>
public sealed class PastFractureHistoryTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    // age, weight, height, last period: between the screen and the history list.
    private static readonly string[] Profile = ["62", "64 kg", "162 cm", "8 years ago"];
    private static readonly string[] PerfilEs = ["62", "64 kg", "162 cm", "hace 8 años"];

    private readonly CoachingHost _host = host;

    private static string Es(string dialog, Func<DialogScript, string> pick) => pick(ScriptTexts.Script.In(ScriptLanguage.Spanish, dialog));

    [Fact]
    public async Task A_past_break_left_off_the_history_list_is_asked_as_a_confirmation_and_her_yes_is_her_fracture_history()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.SayAsync("yes, I broke my wrist last year when I tripped");
        var list = await chat.AnswerAllAsync(Profile);

        var confirm = await chat.SayAsync("none");
        var next = await chat.SayAsync("yes");

        Assert.Equal([Text("safety", "mentioned.historyScreen"), Ask("onboarding", "historyScreen")], list.TakeLast(2));
        Assert.Equal([Text("safety", "mentioned.fragilityFracture"), Ask("onboarding", "fragilityFracture")], confirm.TakeLast(2));
        Assert.Equal(Ask("onboarding", "steroidTablets"), next[^1]);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.Equal("yes", record!.Answers["fragilityFracture"].Choice);
    }

    // The fracture question flags a fracture it takes; one it can't read (Spanish in an English chat) is asked again, so the
    // safety net gives the urgent notice and notes it after all.
    [Fact]
    public async Task A_new_fracture_the_fracture_question_cant_read_still_gets_the_urgent_notice_and_is_noted()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.SayAsync("yes, I broke my wrist last year when I tripped");
        await chat.AnswerAllAsync(Profile);
        await chat.SayAsync("none");

        var reply = await chat.SayAsync("la radiografía de hoy muestra una fractura nueva en una vértebra");
        var taken = await chat.SayAsync("yes");

        Assert.Equal(SafetyNetTests.UrgentNoted(), reply[0]);
        Assert.Equal(2, reply.Count);
        Assert.Equal(Ask("onboarding", "steroidTablets"), taken[^1]);
        Assert.DoesNotContain(taken, r => r.StartsWith(SafetyNetTests.Urgent(), StringComparison.Ordinal));
        var items = await StoredState.ItemsAsync(_host.Services, chat);
        var notes = Newtonsoft.Json.Linq.JObject.FromObject(items[StoredState.UserKey(chat)])[SafetyState.RecordProperty]!.ToObject<SafetyNotes>()!;
        Assert.Contains(notes.Signs, s => s.Sign == "fracture" && s.Class == TriageClass.Urgent);
    }

    [Fact]
    public async Task A_past_break_ticked_in_the_history_list_is_kept_from_the_list_and_not_asked_again()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.SayAsync("yes, I broke my wrist last year when I tripped");
        await chat.AnswerAllAsync(Profile);

        var next = await chat.SayAsync("a broken bone from a small fall");

        Assert.Equal(Ask("onboarding", "steroidTablets"), next[^1]);
        Assert.DoesNotContain(Ask("onboarding", "fragilityFracture"), chat.Transcript.Select(t => t[5..]));
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.Equal("yes", record!.Answers["fragilityFracture"].Choice);
    }

    [Fact]
    public async Task Without_a_break_at_the_screen_the_list_answers_the_fracture_question_as_before()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.SayAsync("none of these");
        var list = await chat.AnswerAllAsync(Profile);

        var next = await chat.SayAsync("none");

        Assert.Equal([Ask("onboarding", "historyScreen")], list);
        Assert.Equal(Ask("onboarding", "steroidTablets"), next[^1]);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.Equal("no", record!.Answers["fragilityFracture"].Choice);
    }

    // Found chatting: "a fall last winter on the ice but nothing broke" was told "You mentioned a bone you broke".
    [Theory]
    [InlineData("a fall last winter on the ice but nothing broke")]
    [InlineData("I fell in the garden in spring, didn't break anything")]
    public async Task A_fall_where_nothing_broke_ticks_the_fall_and_the_fracture_question_stays_no(string said)
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(["none of these", .. Profile]);

        var reply = await chat.SayAsync(said);

        Assert.DoesNotContain(Text("safety", "mentioned.fragilityFracture"), reply);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.Equal("no", record!.Answers["fragilityFracture"].Choice);
        Assert.True(record.Answers["fallsLastYear"].YesNo);
    }

    [Fact]
    public async Task A_break_told_in_her_own_words_to_the_history_list_is_asked_about_not_kept_as_a_no()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(["none of these", .. Profile]);

        var asked = await chat.SayAsync("my wrist, i broke it falling off the kerb at 56. oh and i've shrunk a bit");
        var kept = await chat.SayAsync("yes");

        Assert.Equal([Text("safety", "mentioned.fragilityFracture"), Ask("onboarding", "fragilityFracture")], asked);
        Assert.Equal(Ask("onboarding", "heightLossHistorical"), kept[^1]);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.Equal("yes", record!.Answers["fragilityFracture"].Choice);
    }

    [Fact]
    public async Task In_spanish_a_break_told_to_the_history_list_and_then_a_no_to_its_retry_is_asked_about()
    {
        var client = new EmulatorClient(_host.CreateClient());
        async Task<IReadOnlyList<string>> Say(string text) =>
            (await client.PostAsync(new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = "es-ES" })).Texts;
        foreach (var answer in new[] { "Hola", "sí", "nada de esto" }.Concat(PerfilEs))
        {
            await Say(answer);
        }

        await Say("me rompí el tobillo hace 3 años bajando un escalón, y mi hermana toma pastillas para los huesos");
        var confirm = await Say("no");

        Assert.Equal([Es("safety", d => d.Text("mentioned.fragilityFracture")), Es("onboarding", d => d.Question("fragilityFracture").Ask)], confirm);
        var record = await StoredState.RecordAsync(_host.Services, client.UserId);
        Assert.DoesNotContain("fragilityFracture", record!.Answers.Keys);
    }

    [Fact]
    public async Task In_spanish_a_past_break_at_the_screen_is_asked_as_a_confirmation_after_the_list()
    {
        var client = new EmulatorClient(_host.CreateClient());
        await client.PostAsync(new JsonObject { ["type"] = "conversationUpdate", ["locale"] = "es-ES",
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = client.UserId }, new JsonObject { ["id"] = EmulatorClient.BotId }) });
        async Task<IReadOnlyList<string>> Say(string text) =>
            (await client.PostAsync(new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = "es-ES" })).Texts;

        await Say("sí");
        var screen = await Say("sí, me rompí la muñeca el año pasado al tropezar");
        IReadOnlyList<string> list = [];
        foreach (var answer in PerfilEs)
        {
            list = await Say(answer);
        }

        var confirm = await Say("ninguna");
        await Say("sí");

        Assert.Equal(Es("safety", d => d.Text("notNowFracture")), screen[0]);
        Assert.Equal([Es("safety", d => d.Text("mentioned.historyScreen")), Es("onboarding", d => d.Question("historyScreen").Ask)], list.TakeLast(2));
        Assert.Equal([Es("safety", d => d.Text("mentioned.fragilityFracture")), Es("onboarding", d => d.Question("fragilityFracture").Ask)], confirm.TakeLast(2));
        var record = await StoredState.RecordAsync(_host.Services, client.UserId);
        Assert.Equal("yes", record!.Answers["fragilityFracture"].Choice);
    }
}
