using System.Text.Json;
using BoneCoachBot.Tests.Conversation;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Answers;

/// <summary>
/// Everyday answers over /api/messages that used to get a retry: a former smoker in her own words, a correction naming
/// nothing at the first question of the next part, drinks given where units are asked.
/// </summary>
public sealed class EverydayAnswersAcrossPartsTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private static readonly string[] BeforeSmoking =
        [.. Personas.Consent, .. Personas.Onboarding, .. Personas.Loading, .. Personas.Hormones, .. Personas.Diet, Personas.Inflammation[0]];

    private readonly CoachingHost _host = host;

    [Theory]
    [InlineData("I quit 10 years ago", "former", false)]
    [InlineData("gave up 20 years ago", "former", false)]
    [InlineData("socially", "yes", true)]
    [InlineData("no never", "no", false)]
    public async Task Her_smoking_in_her_words_is_kept_and_only_a_current_smoker_is_asked_to_stop(string said, string kept, bool stopSmoking)
    {
        var chat = await AtAsync(BeforeSmoking);

        var reply = await chat.SayAsync(said);
        await chat.AnswerAllAsync(Personas.Minerals);

        Assert.Equal(Ask("supplements", "calciumFoodServingsPerDay"), reply[^1]);
        Assert.Equal(kept, (await StoredState.RecordAsync(_host.Services, chat))!.Answers["smoking"].Choice);
        Assert.Equal(stopSmoking, chat.Activities.Any(a => JsonSerializer.Serialize(a).Contains("Stop smoking", StringComparison.Ordinal)));
    }

    // The answer corpus calls these no answer; the choice prompt's own matcher once kept each as "I used to".
    [Theory]
    [InlineData("I stopped drinking")]
    [InlineData("I used to walk a lot")]
    [InlineData("I quit my job last year")]
    public async Task Stopping_something_else_at_the_smoking_question_keeps_nothing_and_asks_again_with_its_options(string said)
    {
        var chat = await AtAsync(BeforeSmoking);

        var reply = await chat.SayAsync(said);

        Assert.Equal([Text("answers", "didntCatchChoice").Replace("{expect}", Text("answers", "expect.choice"), StringComparison.Ordinal)], reply);
        var offered = chat.Activities[^1].GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString());
        Assert.Equal(Support.ScriptTexts.Script["inflammation"].Question("smoking").Answer.Choices.Select(c => c.Title), offered);
        Assert.False((await StoredState.RecordAsync(_host.Services, chat))!.Answers.ContainsKey("smoking"));
    }

    [Fact]
    public async Task A_correction_naming_nothing_at_the_first_question_of_the_next_part_changes_the_answer_she_gave_last()
    {
        // Protein meals close the diet part; sleep opens inflammation.
        var chat = await AtAsync([.. Personas.Consent, .. Personas.Onboarding, .. Personas.Loading, .. Personas.Hormones, "2"]);

        var corrected = await chat.SayAsync("oh sorry I meant 3");

        Assert.Equal(["Changed your protein meals to 3 (it was 2).", Ask("inflammation", "sleepHours")], corrected);
        var answers = (await StoredState.RecordAsync(_host.Services, chat))!.Answers;
        Assert.Equal(3, answers["proteinMealsPerDay"].Number);
        Assert.False(answers.ContainsKey("sleepHours"));
    }

    [Fact]
    public async Task Drinks_where_units_are_asked_are_never_kept_as_units()
    {
        var chat = await AtAsync([.. Personas.WeakLoadingStrongMinerals, "no", .. Personas.FineTuneInflammation[..^1]]);

        var reply = await chat.SayAsync("about 4 glasses of wine");
        var units = await chat.SayAsync("about 6 units");

        Assert.Equal([Fact("alcoholUnits").NotUnitsReply!], reply);
        Assert.DoesNotContain(Fact("alcoholUnits").NotUnitsReply!, units);
        Assert.Equal(6, (await StoredState.RecordAsync(_host.Services, chat))!.Answers["alcoholUnits"].Number);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_smoking_answer_kept_as_a_plain_yes_or_no_before_it_was_a_choice_still_counts(bool yes, bool smokes)
    {
        var kept = new Dictionary<string, BoneCoachBot.Coaching.StoredAnswer> { ["smoking"] = new() { YesNo = yes, Readable = yes ? "Yes" : "No" } };

        var inflammation = BoneCoachBot.Coaching.LayerMapping.Inflammation(new BoneCoachBot.Coaching.AnswerSheet(kept));

        Assert.Equal(smokes, inflammation.Smokes);
        Assert.Null(inflammation.SmokedBefore);
    }

    private static BoneCoachBot.Script.FactScript Fact(string question) => Support.ScriptTexts.Script["answers"].Facts.Single(f => f.Question == question);

    // Found chatting: "I take vitamin D, 1000 units" at the supplements list ticked vitamin D, then asked the dose she had given
    // ("1000 units" was no amount either).
    [Fact]
    public async Task The_dose_she_gives_with_the_list_is_kept_and_not_asked_again()
    {
        var chat = await AtAsync([.. Personas.Consent, .. Personas.Onboarding, .. Personas.Loading, .. Personas.Hormones, .. Personas.Diet, .. Personas.Inflammation, "3"]);
        Assert.Equal("bot: " + Ask("supplements", "supplementsInUse"), chat.Transcript[^1].Split('\n')[0]);

        var reply = await chat.SayAsync("I take vitamin D, 1000 units");

        var answers = (await StoredState.RecordAsync(_host.Services, chat))!.Answers;
        Assert.Equal(["vitaminD"], answers["supplementsInUse"].Choices);
        Assert.Equal(1000, answers["vitaminDSupplementIu"].Number);
        Assert.DoesNotContain(Ask("supplements", "vitaminDSupplementIu"), reply);
    }

    // Found chatting: "pretty heavy, maybe 8 reps" (heavy in her words, moderate by the reps) got "tap one below" with
    // nothing below it.
    [Fact]
    public async Task An_answer_that_fits_two_options_asks_which_is_closest_with_the_options_as_buttons()
    {
        var chat = await AtAsync([.. Personas.Consent, .. Personas.Onboarding, "twice a week"]);
        Assert.Equal("bot: " + Ask("loading", "strengthIntensity"), chat.Transcript[^1]);

        var reply = await chat.SayAsync("pretty heavy, maybe 8 reps");

        Assert.Equal([Text("answers", "fitsSeveral")], reply);
        var offered = chat.Activities[^1].GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString());
        Assert.Equal(Support.ScriptTexts.Script["loading"].Question("strengthIntensity").Answer.Choices.Select(c => c.Title), offered);
        Assert.False((await StoredState.RecordAsync(_host.Services, chat))!.Answers.ContainsKey("strengthIntensity"));
    }

    // Found chatting: "2" (the second option, or 2 reps, which would be heavy) got "I didn't catch one of the options",
    // though she had said something clear. The retry says why a number alone is not enough and how to say it.
    [Fact]
    public async Task A_bare_number_at_the_intensity_question_is_asked_again_with_why_and_reps_are_then_taken()
    {
        var chat = await ChatAt.SeededAsync(_host, Support.SeededRecords.AtIntensity());

        var number = await chat.SayAsync("2");
        var unanswered = (await StoredState.RecordAsync(_host.Services, chat))!.Answers.ContainsKey("strengthIntensity");
        var reps = await chat.SayAsync("about 10 reps");

        Assert.Equal([Retry("loading", "strengthIntensity")], number);
        Assert.False(unanswered);
        Assert.Equal(Ask("loading", "impactDaysPerWeek"), reps[^1]);
        Assert.Equal("moderate", (await StoredState.RecordAsync(_host.Services, chat))!.Answers["strengthIntensity"].Choice);
    }

    // Found chatting: "every day" at "on how many days a week do you do something with impact?" was kept, and listed by
    // "what do you know about me", as "7 times a week". The question counts days, and so does her answer.
    [Fact]
    public async Task Every_day_at_the_impact_question_is_kept_as_days_a_week()
    {
        var chat = await ChatAt.SeededAsync(_host, Support.SeededRecords.AtIntensity());

        await chat.SayAsync("heavy");
        await chat.SayAsync("every day");
        var known = await chat.SayAsync("what do you know about me");

        Assert.Equal("7 days a week", (await StoredState.RecordAsync(_host.Services, chat))!.Answers["impactDaysPerWeek"].Readable);
        Assert.Contains($"{Ask("loading", "impactDaysPerWeek")} **7 days a week**", string.Join("\n", known), StringComparison.Ordinal);
    }

    private async Task<Chat> AtAsync(IEnumerable<string> answers)
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(answers);
        return chat;
    }
}
