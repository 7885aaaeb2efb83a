using System.Text.Json.Nodes;
using BoneCoachBot.Safety;
using BoneCoachBot.Tests.Conversation;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Safety;

/// <summary>The safety step over the real adapter: before consent, mid-question, and at the opening screen.</summary>
public sealed class SafetyNetTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    public static string Emergency(string number = "911") => Text("safety", "emergency").Replace("{emergency}", number, StringComparison.Ordinal);

    public static string Urgent(string number = "911") => Text("safety", "urgent").Replace("{emergency}", number, StringComparison.Ordinal);

    public static string UrgentNoted(string number = "911") => Urgent(number) + " " + Text("safety", "urgentNoted");

    public static string Crisis(string crisis = UsCrisisLine, string emergency = "911") =>
        Text("safety", "crisis").Replace("{crisis}", crisis, StringComparison.Ordinal).Replace("{emergency}", emergency, StringComparison.Ordinal);

    public static string DistressCheck(string crisis = UsCrisisLine, string emergency = "911") =>
        Text("safety", "distressCheck").Replace("{crisis}", crisis, StringComparison.Ordinal).Replace("{emergency}", emergency, StringComparison.Ordinal);

    public const string UsCrisisLine = "call 988 (the 988 Suicide & Crisis Lifeline)";

    [Fact]
    public async Task An_emergency_before_consent_gets_the_emergency_wording_alone()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();

        var reply = await chat.SayAsync("I can't breathe");

        Assert.Equal([Emergency()], reply);
    }

    [Fact]
    public async Task After_an_emergency_she_is_asked_if_she_is_safe_and_the_open_question_waits_for_a_yes()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(["none of these"]);

        var alarm = await chat.SayAsync("sorry, I've got a sudden crushing pain in my chest right now and my left arm feels funny");
        var waiting = await chat.SayAsync("62");
        var resumed = await chat.SayAsync("yes, I'm safe now");
        var answered = await chat.SayAsync("62");

        Assert.Equal([Emergency()], alarm);
        Assert.Equal([Text("safety", "askSafe")], waiting);
        Assert.Equal(Ask("onboarding", "age"), resumed[^1]);
        Assert.Equal([Ask("onboarding", "weight")], answered);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.Equal(62, record!.Answers["age"].Number);
    }

    [Fact]
    public async Task Should_I_call_911_at_a_number_question_is_an_emergency_not_an_out_of_range_number()
    {
        var chat = await ChatAt.IntensityQuestionAsync(_host);
        await chat.SayAsync("moderate");

        var reply = await chat.SayAsync("should I call 911?");

        Assert.Equal([Emergency()], reply);
    }

    [Fact]
    public async Task A_crisis_gets_the_crisis_line_of_her_country_from_her_time_zone()
    {
        var client = _host.CreateClient();
        var chat = new Chat(client);
        await chat.JoinAsync();

        var reply = await chat.Client.PostAsync(new JsonObject { ["type"] = "message", ["text"] = "I want to end my life", ["localTimezone"] = "Europe/London" });

        Assert.Equal([Crisis("call 116 123 (Samaritans, free, day or night)", "999 (or 112)")], reply.Texts);
    }

    [Fact]
    public async Task Somewhere_not_listed_gets_the_general_wording_never_a_guessed_number()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();

        var reply = await chat.Client.PostAsync(new JsonObject { ["type"] = "message", ["text"] = "I think I'm having a stroke", ["locale"] = "ja-JP" });

        Assert.Equal([Emergency(Text("safety", "defaultEmergency"))], reply.Texts);
    }

    [Fact]
    public async Task An_urgent_sign_is_told_noted_for_the_summary_and_the_question_goes_on()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(["none of these"]);

        var reply = await chat.SayAsync("62, and I've had sudden severe back pain since yesterday");

        Assert.Equal(UrgentNoted(), reply[0]);
        var notes = await NotesAsync(chat);
        Assert.Equal([("backPain", TriageClass.Urgent)], notes.Signs.Select(s => (s.Sign, s.Class)));
    }

    [Fact]
    public async Task An_urgent_sign_that_answers_nothing_gets_the_notice_and_the_question_again_and_nothing_is_stored()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(Personas.Onboarding.Take(5));

        var reply = await chat.SayAsync("fell on sunday and my wrist is still swollen, might be broken");

        // The notice alone used to end the turn: the list's retry was skipped because the turn had already responded.
        Assert.Equal(2, reply.Count);
        Assert.Equal(UrgentNoted(), reply[0]);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.DoesNotContain("historyScreen", record!.Answers.Keys);
        var notes = await NotesAsync(chat);
        Assert.Equal([("fracture", TriageClass.Urgent)], notes.Signs.Select(s => (s.Sign, s.Class)));
    }

    [Fact]
    public async Task Sudden_back_pain_told_at_a_check_in_count_is_noted_with_the_notice_and_the_count_asked_again()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(Personas.WeakLoadingStrongMinerals.Concat(["no", "no", "check in", "2"]));

        var reply = await chat.SayAsync("my back is killing me since yesterday, it came on suddenly when I bent down");

        Assert.Equal(UrgentNoted(), reply[0]);
        Assert.Equal(2, reply.Count);
        var notes = await NotesAsync(chat);
        Assert.Equal([("backPain", TriageClass.Urgent)], notes.Signs.Select(s => (s.Sign, s.Class)));
    }

    // Found chatting: after "A fall, maybe broken" at the opening screen and "yes I am safe, I want to carry on", the screen
    // was asked again; the same answer raised the same alarm, again and again. The fall stays noted for her summary.
    [Theory]
    [InlineData("yes I am safe, I want to carry on")]
    [InlineData("62")]
    public async Task Back_from_an_emergency_at_the_opening_screen_she_goes_on_to_the_profile(string back)
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.SayAsync("A fall, maybe broken");

        var reply = await chat.SayAsync(back);
        if (reply[^1] == Text("safety", "askSafe"))
        {
            reply = await chat.SayAsync(back);
        }

        Assert.Equal(Ask("onboarding", "age"), reply[^1]);
        Assert.StartsWith(Text("safety", back.StartsWith("yes", StringComparison.Ordinal) ? "resumed" : "carryingOn"), reply[0], StringComparison.Ordinal);
        Assert.Equal("none", (await StoredState.RecordAsync(_host.Services, chat))!.Answers["urgentNow"].Choice);
        Assert.Contains((await NotesAsync(chat)).Signs, s => s.Class == TriageClass.Emergency);
    }

    [Fact]
    public async Task A_past_fracture_at_the_opening_screen_goes_to_history_not_to_the_emergency_path()
    {
        var chat = await ChatAt.OnboardingAsync(_host);

        var reply = await chat.SayAsync("yes, I broke my wrist last year when I tripped");

        Assert.Equal([Text("safety", "notNowFracture"), Ask("onboarding", "age")], reply);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.Equal("none", record!.Answers["urgentNow"].Choice);
        var notes = await NotesAsync(chat);
        Assert.Equal([("pastFracture", TriageClass.None)], notes.Signs.Select(s => (s.Sign, s.Class)));
    }

    [Fact]
    public async Task A_break_she_then_says_is_past_is_noted_and_nothing_is_stored_as_a_fracture_answer()
    {
        var chat = await ChatAt.OnboardingAsync(_host);

        await chat.SayAsync("yes I fell and broke something");
        var reply = await chat.SayAsync("no, that was years ago");

        Assert.Equal([Text("safety", "notNowFracture"), Ask("onboarding", "age")], reply);
        var notes = await NotesAsync(chat);
        Assert.Equal(["pastFracture"], notes.Signs.Select(s => s.Sign));
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.DoesNotContain("fragilityFracture", record!.Answers.Keys);
        Assert.DoesNotContain("wristHipRibFractures", record.Answers.Keys);
    }

    // "my husband has collapsed and isn't breathing" at the history list got "Name any that apply": the signs were read as
    // someone else's, so not hers to act on. Someone with her in danger now is an emergency, and nothing is noted as hers.
    [Fact]
    public async Task Someone_with_her_collapsing_now_gets_the_emergency_reply_and_nothing_is_noted_as_hers()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(Personas.Consent.Concat(Personas.Onboarding.Take(5)));

        var reply = await chat.SayAsync("my husband has collapsed and isn't breathing");

        Assert.Equal([Emergency()], reply);
        var notes = await NotesAsync(chat);
        Assert.Empty(notes.Signs);
    }

    // "I stopped when I was 51" (her periods) at the screen was told "as it isn't happening now, it isn't an emergency;
    // I'll ask about past falls": a past with none of the screen's subjects is no answer to it, and the screen waits.
    [Fact]
    public async Task A_past_that_is_not_about_the_screen_is_no_answer_to_it()
    {
        var chat = await ChatAt.OnboardingAsync(_host);

        var reply = await chat.SayAsync("I stopped when I was 51");

        Assert.DoesNotContain(Text("safety", "notNow"), reply);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.DoesNotContain("urgentNow", record!.Answers.Keys);
        Assert.DoesNotContain(Ask("onboarding", "age"), reply);
    }

    [Theory]
    [InlineData("no, that was years ago")]
    [InlineData("not now")]
    [InlineData("yes it passed")]
    public async Task A_yes_without_a_time_is_asked_about_and_a_no_carries_on(string notNow)
    {
        var chat = await ChatAt.OnboardingAsync(_host);

        var asked = await chat.SayAsync("yes");
        var reply = await chat.SayAsync(notNow);

        Assert.Equal([Text("safety", "happeningNow")], asked);
        Assert.Equal([Text("safety", "notNow"), Ask("onboarding", "age")], reply);
    }

    [Theory]
    [InlineData("well my mum had a stroke at 80 but nothing like that for me")]
    [InlineData("my dad had a heart attack")]
    [InlineData("nothing like that, thankfully")]
    [InlineData("mi madre tuvo un ictus, yo no")]
    public async Task At_the_screen_someone_elses_event_or_her_own_denial_is_none_of_these_and_her_next_answer_is_kept(string text)
    {
        var chat = await ChatAt.OnboardingAsync(_host);

        var reply = await chat.SayAsync(text);
        var next = await chat.SayAsync("58");

        Assert.Equal([Ask("onboarding", "age")], reply);
        Assert.Equal([Ask("onboarding", "weight")], next);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.Equal("none", record!.Answers["urgentNow"].Choice);
        Assert.Equal(58, record.Answers["age"].Number);
    }

    [Theory]
    [InlineData("no, it was my mum")]
    [InlineData("nope my husband")]
    public async Task Happening_now_answered_with_someone_else_carries_on(string notHers)
    {
        var chat = await ChatAt.OnboardingAsync(_host);

        await chat.SayAsync("a stroke");
        var reply = await chat.SayAsync(notHers);

        Assert.Equal([Text("safety", "notNow"), Ask("onboarding", "age")], reply);
    }

    [Fact]
    public async Task A_yes_to_happening_now_is_an_emergency()
    {
        var chat = await ChatAt.OnboardingAsync(_host);

        await chat.SayAsync("I fell");
        var reply = await chat.SayAsync("yes");

        Assert.Equal([Emergency()], reply);
    }

    private Task<SafetyNotes> NotesAsync(Chat chat) => StoredState.NotesAsync(_host.Services, chat);
}
