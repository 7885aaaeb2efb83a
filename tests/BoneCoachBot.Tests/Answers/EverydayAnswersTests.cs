using BoneCoachBot.Tests.Conversation;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Answers;

/// <summary>Answers found wrong by chatting, over /api/messages at the steroid tablets question (a yes/no one).</summary>
public sealed class EverydayAnswersTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    // Onboarding up to the steroid tablets question: urgent screen, age, weight, height, last period, history list.
    private const int AnswersBeforeSteroids = 6;
    private readonly CoachingHost _host = host;

    [Fact]
    public async Task A_term_she_asks_about_is_explained_then_asked_again_and_none_is_her_no()
    {
        var chat = await AtSteroidsAsync();

        var term = await chat.SayAsync("what does prednisolone mean?");
        var notYet = (await StoredState.RecordAsync(_host.Services, chat))!.Answers.ContainsKey("steroidTablets");
        var none = await chat.SayAsync("none");

        Assert.Equal([Topic("steroids"), Ask("onboarding", "steroidTablets")], term);
        Assert.False(notYet);
        Assert.DoesNotContain(Ask("onboarding", "steroidTablets"), none);
        Assert.False((await StoredState.RecordAsync(_host.Services, chat))!.Answers["steroidTablets"].YesNo);
    }

    [Theory]
    [InlineData("ok, I don't take any")]
    [InlineData("right, no I haven't")]
    [InlineData("sure, not those")]
    public async Task A_word_of_assent_then_a_no_is_her_no(string answer)
    {
        var chat = await AtSteroidsAsync();

        var reply = await chat.SayAsync(answer);

        Assert.DoesNotContain(Ask("onboarding", "steroidMgPerDay"), reply);
        Assert.False((await StoredState.RecordAsync(_host.Services, chat))!.Answers["steroidTablets"].YesNo);
    }

    [Fact]
    public async Task Hmm_actually_yes_is_her_answer_to_this_question_not_a_correction()
    {
        var chat = await AtSteroidsAsync();

        var reply = await chat.SayAsync("hmm actually yes");

        Assert.Equal([Ask("onboarding", "steroidMgPerDay")], reply);
        Assert.True((await StoredState.RecordAsync(_host.Services, chat))!.Answers["steroidTablets"].YesNo);
    }

    [Theory]
    [InlineData("every day")]
    [InlineData("once")]
    [InlineData("daily for my asthma")]
    public async Task How_often_she_takes_them_is_a_yes_and_the_dose_is_asked_next(string answer)
    {
        var chat = await AtSteroidsAsync();

        var reply = await chat.SayAsync(answer);

        Assert.Equal(Ask("onboarding", "steroidMgPerDay"), reply[^1]);
        Assert.True((await StoredState.RecordAsync(_host.Services, chat))!.Answers["steroidTablets"].YesNo);
    }

    [Fact]
    public async Task A_course_she_was_on_is_a_yes_with_how_long_and_the_dose_is_asked_next()
    {
        var chat = await AtSteroidsAsync();

        var reply = await chat.SayAsync("I was on them for a month");

        var answers = (await StoredState.RecordAsync(_host.Services, chat))!.Answers;
        Assert.True(answers["steroidTablets"].YesNo);
        Assert.Equal(1.0 / 12, answers["steroidDuration"].Number!.Value, 2);
        Assert.Contains("about a month", reply[0], StringComparison.Ordinal);
        Assert.Equal(Ask("onboarding", "steroidMgPerDay"), reply[^1]);
    }

    [Fact]
    public async Task A_daily_dose_is_a_yes_with_the_dose_and_how_long_is_asked_next()
    {
        var chat = await AtSteroidsAsync();

        var reply = await chat.SayAsync("5 mg a day");

        var answers = (await StoredState.RecordAsync(_host.Services, chat))!.Answers;
        Assert.True(answers["steroidTablets"].YesNo);
        Assert.Equal(5, answers["steroidMgPerDay"].Number);
        Assert.Equal(Ask("onboarding", "steroidDuration"), reply[^1]);
    }

    [Theory]
    [InlineData("not every day")]
    [InlineData("my sister takes them every day")]
    [InlineData("I have a cold")]
    [InlineData("I have an underactive thyroid")]
    [InlineData("I have arthritis")]
    public async Task A_sentence_that_says_no_yes_to_steroid_tablets_keeps_nothing(string answer)
    {
        var chat = await AtSteroidsAsync();

        var reply = await chat.SayAsync(answer);

        Assert.DoesNotContain(Ask("onboarding", "steroidMgPerDay"), reply);
        Assert.False((await StoredState.RecordAsync(_host.Services, chat))!.Answers.ContainsKey("steroidTablets"));
    }

    [Fact]
    public async Task Not_knowing_a_required_yes_or_no_is_met_once_with_choose_the_closest_and_never_the_same_words_again()
    {
        var chat = await AtSteroidsAsync();

        var first = await chat.SayAsync("idk");
        var second = await chat.SayAsync("idk");

        Assert.Equal([Text("answers", "unknownRequiredChoice")], first);
        Assert.NotEqual(first, second);
        // Her message took the question's buttons away; the answer that asks her to pick one brings them back.
        var offered = chat.Activities.Last(a => a.TryGetProperty("text", out var text) && text.GetString() == first[0])
            .GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Equal([Text("commands", "yes"), Text("commands", "no")], offered);
        Assert.False((await StoredState.RecordAsync(_host.Services, chat))!.Answers.ContainsKey("steroidTablets"));
    }

    [Fact]
    public async Task Not_sure_at_a_required_choice_brings_its_choices_back_with_choose_the_closest()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(Personas.Consent.Concat(Personas.Onboarding).Concat(Personas.Loading));
        Assert.Equal("bot: " + Ask("hormones", "hormoneTherapy"), chat.Transcript[^1]);

        var reply = await chat.SayAsync("I'm not sure what counts");

        Assert.Equal([Text("answers", "unknownRequiredChoice")], reply);
        var offered = chat.Activities[^1].GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Equal(Support.ScriptTexts.Script["hormones"].Question("hormoneTherapy").Answer.Choices.Select(c => c.Title), offered);
        Assert.False((await StoredState.RecordAsync(_host.Services, chat))!.Answers.ContainsKey("hormoneTherapy"));
    }

    private static string Topic(string id) => Support.ScriptTexts.Script["answers"].Topics.Single(t => t.Id == id).Answer;

    private async Task<Chat> AtSteroidsAsync()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(Personas.Consent.Concat(Personas.Onboarding.Take(AnswersBeforeSteroids)));
        Assert.Equal("bot: " + Ask("onboarding", "steroidTablets"), chat.Transcript[^1]);
        return chat;
    }
}
