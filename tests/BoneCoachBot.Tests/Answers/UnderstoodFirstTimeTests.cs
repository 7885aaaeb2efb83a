using BoneCoachBot.Tests.Conversation;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Answers;

/// <summary>Her words about the conversation at a question, over /api/messages: facts, corrections, her questions, retries.</summary>
public sealed class UnderstoodFirstTimeTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    [Fact]
    public async Task One_message_answers_three_questions_says_what_it_noted_and_they_are_not_asked()
    {
        var chat = await AtAsync("none of these");

        var reply = await chat.SayAsync("62, 60 kg, 165 cm");

        Assert.Equal(["Noted: age 62, weight 60 kg, height 165 cm.", Ask("onboarding", "lastPeriod")], reply);
        var answers = (await StoredState.RecordAsync(_host.Services, chat))!.Answers;
        Assert.Equal([62, 60, 165], new[] { answers["age"].Number, answers["weight"].Number, answers["height"].Number });
    }

    [Theory]
    [InlineData("62, 60 kg, height 1.62")]
    [InlineData("i'm 62 and 60 kg and im 1.62")]
    public async Task A_bare_metres_value_after_a_height_cue_is_her_height(string message)
    {
        var chat = await AtAsync("none of these");

        var reply = await chat.SayAsync(message);

        Assert.Equal(["Noted: age 62, weight 60 kg, height 1.62 m (162 cm).", Ask("onboarding", "lastPeriod")], reply);
        Assert.Equal(162, (await StoredState.RecordAsync(_host.Services, chat))!.Answers["height"].Number);
    }

    // Found chatting: "I'm 64 and 9 stone 3" was noted as "weight 58.5 kg", which she could not check against what she said.
    [Theory]
    [InlineData("I'm 64 and 9 stone 3", "Noted: age 64, weight 9 stone 3 (58.5 kg).", 58.5)]
    [InlineData("64, about 140 pounds", "Noted: age 64, weight 140 pounds (63.5 kg).", 63.5)]
    [InlineData("64 and 60 kg", "Noted: age 64, weight 60 kg.", 60)]
    public async Task An_amount_in_another_unit_is_noted_in_hers_beside_the_one_it_is_kept_in(string message, string noted, double kg)
    {
        var chat = await AtAsync("none of these");

        var reply = await chat.SayAsync(message);

        Assert.Equal([noted, Ask("onboarding", "height")], reply);
        Assert.Equal(kg, (await StoredState.RecordAsync(_host.Services, chat))!.Answers["weight"].Number);
    }

    // "5 4" is read as feet and inches: she sees that reading before the next question, in the unit she used.
    [Theory]
    [InlineData("5 4", "Noted: height 5 ft 4 in (162.6 cm).")]
    [InlineData("5 foot 2", "Noted: height 5 foot 2 (157.5 cm).")]
    public async Task A_height_in_feet_alone_is_noted_in_feet_and_inches(string message, string noted)
    {
        var chat = await AtAsync("none of these", "64", "60 kg");

        var reply = await chat.SayAsync(message);

        Assert.Equal([noted, Ask("onboarding", "lastPeriod")], reply);
    }

    [Fact]
    public async Task An_answer_in_the_unit_it_is_kept_in_goes_on_without_a_noted_line()
    {
        var chat = await AtAsync("none of these", "64", "60 kg");

        var reply = await chat.SayAsync("162 cm");

        Assert.Equal([Ask("onboarding", "lastPeriod")], reply);
    }

    [Fact]
    public async Task A_correction_changes_the_earlier_answer_and_is_never_the_open_questions_answer()
    {
        var chat = await AtAsync("none of these", "62");

        var corrected = await chat.SayAsync("actually I'm 61 not 62");
        var otherQuestion = await chat.SayAsync("I'm 61");

        Assert.Equal(["Changed your age to 61 (it was 62).", Ask("onboarding", "weight")], corrected);
        Assert.Equal(["That sounds like your age (61) rather than an answer to this one.", Ask("onboarding", "weight")], otherQuestion);
        var answers = (await StoredState.RecordAsync(_host.Services, chat))!.Answers;
        Assert.Equal(61, answers["age"].Number);
        Assert.False(answers.ContainsKey("weight"));
    }

    // Found chatting: "sorry I am 62" and "no wait, 65 kg" at a later question were "That sounds like your age (62)
    // rather than an answer to this one": the ways she says she is putting something right.
    [Theory]
    [InlineData("sorry I am 63", "Changed your age to 63 (it was 62).", "age", 63)]
    [InlineData("no wait, 65 kg", "Changed your weight to 65 kg (it was 60 kg).", "weight", 65)]
    [InlineData("my mistake, I'm 63", "Changed your age to 63 (it was 62).", "age", 63)]
    public async Task Everyday_ways_of_putting_an_answer_right_change_it(string said, string changed, string question, double value)
    {
        var chat = await AtAsync("none of these", "62", "60 kg", "165 cm");

        var reply = await chat.SayAsync(said);

        Assert.Equal([changed, Ask("onboarding", "lastPeriod")], reply);
        Assert.Equal(value, (await StoredState.RecordAsync(_host.Services, chat))!.Answers[question].Number);
    }

    [Fact]
    public async Task An_amount_naming_nothing_corrects_the_amount_she_has_just_given()
    {
        var chat = await AtAsync([.. Personas.Onboarding, "once"]);

        var corrected = await chat.SayAsync("actually twice a week");

        Assert.Equal(["Changed your strength training to 2 times a week (it was once a week).", Ask("loading", "strengthIntensity")], corrected);
        Assert.Equal(2, (await StoredState.RecordAsync(_host.Services, chat))!.Answers["strengthSessionsPerWeek"].Number);
    }

    [Fact]
    public async Task Her_questions_get_a_short_answer_then_the_question_and_one_we_cannot_answer_says_so_then_the_question()
    {
        var chat = await AtAsync("none of these", "62", "60 kg", "165 cm");

        var term = await chat.SayAsync("what's a T-score?");
        var why = await chat.SayAsync("why do you need that?");
        var privacy = await chat.SayAsync("who else sees my answers?");
        var unknown = await chat.SayAsync("what will the weather be like tomorrow?");

        Assert.Equal([Topic("tScore"), Ask("onboarding", "lastPeriod")], term);
        Assert.Equal([Why("onboarding", "lastPeriod"), Ask("onboarding", "lastPeriod")], why);
        Assert.Equal([Topic("privacy"), Ask("onboarding", "lastPeriod")], privacy);
        Assert.Equal([Text("answers", "cantAnswer"), Ask("onboarding", "lastPeriod")], unknown);
        Assert.False((await StoredState.RecordAsync(_host.Services, chat))!.Answers.ContainsKey("lastPeriod"));
    }

    [Fact]
    public async Task A_retry_says_what_it_missed_with_an_example_then_offers_buttons_with_i_dont_know()
    {
        var chat = await AtAsync("none of these", "62", "60 kg", "165 cm");

        var first = await chat.SayAsync("banana");
        var second = await chat.SayAsync("banana");
        var buttons = chat.Activities[^1].GetProperty("suggestedActions").GetProperty("actions").EnumerateArray()
            .Select(a => a.GetProperty("value").GetString()).ToList();
        var dontKnow = await chat.SayAsync(buttons[^1]!);

        Assert.Equal(["I didn't catch how long ago or how long in that. For example: '8 years ago'."], first);
        Assert.NotEqual(Ask("onboarding", "lastPeriod"), Assert.Single(second));
        Assert.Equal(Text("answers", "dontKnow"), buttons[^1]);
        Assert.Equal([Text("answers", "unknownOk"), Ask("onboarding", "historyScreen")], dontKnow);
        Assert.True((await StoredState.RecordAsync(_host.Services, chat))!.Answers["lastPeriod"].Skipped);
    }

    [Fact]
    public async Task A_t_score_from_a_sentence_is_read_back_and_kept_only_after_her_yes()
    {
        // The history list names a scan, so the T-score is asked after the steroid and conditions questions.
        var chat = await AtAsync([.. Personas.Onboarding.Take(5), "a bone density scan", .. Personas.Onboarding.Skip(6).Take(2)]);

        var readBack = await chat.SayAsync("my lowest was -2.8 at the hip");
        var notYet = (await StoredState.RecordAsync(_host.Services, chat))!.Answers.ContainsKey("tScore");
        var kept = await chat.SayAsync("yes");

        Assert.Equal(["So your lowest T-score was -2.8, is that right?"], readBack);
        Assert.False(notYet);
        Assert.Equal(Text("answers", "readBackYes"), kept[0]);
        Assert.Equal(-2.8, (await StoredState.RecordAsync(_host.Services, chat))!.Answers["tScore"].Number);
    }

    [Fact]
    public async Task Not_knowing_a_required_answer_offers_the_easier_form_and_stores_nothing()
    {
        var chat = await AtAsync([.. Personas.Onboarding]);

        var reply = await chat.SayAsync("not sure");

        Assert.Equal(Text("answers", "unknownRequired").Replace("{example}", "twice a week", StringComparison.Ordinal), Assert.Single(reply));
        var buttons = chat.Activities[^1].GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("value").GetString());
        Assert.Contains("Twice a week", buttons);
        Assert.False((await StoredState.RecordAsync(_host.Services, chat))!.Answers.ContainsKey("strengthSessionsPerWeek"));
    }

    [Fact]
    public async Task A_correction_after_the_plan_changes_the_answer_and_rebuilds_the_plan()
    {
        var chat = await AtAsync([.. Personas.WeakLoadingStrongMinerals.Skip(1)]);
        await chat.SayAsync("no");
        var before = chat.Activities.Count;

        var reply = await chat.SayAsync("change my weight to 58 kg");

        Assert.Equal("Changed your weight to 58 kg (it was 63.5 kg).", reply[0]);
        Assert.Equal(Text("answers", "planRebuilt"), reply[1]);
        Assert.Contains(chat.Activities.Skip(before), a => a.TryGetProperty("attachments", out _));
        Assert.Equal(58, (await StoredState.RecordAsync(_host.Services, chat))!.Answers["weight"].Number);
    }

    private static string Topic(string id) => Support.ScriptTexts.Script["answers"].Topics.Single(t => t.Id == id).Answer;

    private async Task<Chat> AtAsync(params string[] answers)
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(Personas.Consent.Concat(answers));
        return chat;
    }
}
