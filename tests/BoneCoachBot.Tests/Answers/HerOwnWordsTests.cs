using System.Globalization;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Language;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Answers;

/// <summary>
/// Gaps found by chatting: another person's value beside hers ("my sister is 5 2, I'm 5 5"), "I'm 5 4" inside a
/// sentence, the last period said early ("hace unos 9 años" at the height question), a correction right after a fact
/// that was noted on the side, and a word of the question she asks the meaning of ("what do you mean by heavy?").
/// </summary>
public sealed class HerOwnWordsTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private readonly CoachingHost _host = host;

    // Question, locale, her message, the open question's value (null: none), the facts noted for other questions.
    public static TheoryData<string, string, string, string?, string> Messages => new()
    {
        { "height", "en-US", "my sister is 5 2, I'm 5 5", "165.1", "" },
        { "height", "es-ES", "mi hermana mide 1,57 y yo 1,65", "165", "" },
        { "weight", "en-US", "my husband weighs 90 kg, I'm about 60", "60", "" },
        { "weight", "es-MX", "mi marido pesa 90 kilos y yo unos 60", "60", "" },
        { "age", "en-US", "62, my husband weighs 90 kg", "62", "" },
        { "age", "en-GB", "my husband is 65", null, "" },
        { "age", "en-US", "my mum broke her hip at 80, I'm 62", "62", "" },
        { "tScore", "en-US", "my sister's was -2.5, mine was -1.8", "-1.8", "" },
        { "tScore", "en-US", "she said my T-score was -2.5", "-2.5", "" },
        { "height", "en-US", "well I'm 5 4 on a good day", "162.6", "" },
        { "height", "en-US", "I'm 5 4", "162.6", "" },
        { "height", "en-GB", "5 4", "162.6", "" },
        { "height", "en-US", "I'm 5 5 like my mum", "165.1", "" },
        { "height", "es-ES", "hace unos 9 años", null, "lastPeriod=9" },
        { "height", "es-MX", "1,62, hace unos 9 años", "162", "lastPeriod=9" },
        { "height", "en-US", "about 9 years ago", null, "lastPeriod=9" },
        { "height", "en-GB", "165 cm, about nine years ago", "165", "lastPeriod=9" },
        { "height", "en-US", "I broke my wrist 2 years ago", null, "" },
        { "height", "en-US", "had a scan about 2 years ago", null, "" },
        { "fragilityFracture", "en-US", "yes, about 6 years ago", "yes", "" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Only_her_own_values_are_read_and_a_time_said_alone_before_its_question_answers_it(string questionId, string locale, string message, string? value, string facts)
    {
        using var speaking = ScriptLanguage.Use(TurnLanguage.FromLocale(locale));
        var turn = _host.Services.GetRequiredService<QuestionTurn>();
        var answers = new Dictionary<string, StoredAnswer>(StringComparer.Ordinal);

        var decision = turn.Decide(turn.Guide.Find(questionId)!, message, answers, new ReadOptions(locale.ToLowerInvariant(), Today));

        Assert.Equal(DecisionKind.Reading, decision.Kind);
        var open = decision.Reading!.Open;
        Assert.Equal(value, open.IsValue ? open.Answer!.Number?.ToString("0.##", CultureInfo.InvariantCulture) ?? open.Answer.Choice : null);
        Assert.Equal(facts, string.Join(";", decision.Reading.Facts.Select(f => $"{f.Question.Question.Id}={Math.Round(f.Answer.Number ?? 0)}")));
    }

    // A word of the open question she asks about is answered from the glossary, in her language.
    public static TheoryData<string, string, string, string> Words => new()
    {
        { "strengthIntensity", "en-US", "what do you mean by heavy?", "intensity" },
        { "strengthIntensity", "en-GB", "what's a rep?", "intensity" },
        { "strengthIntensity", "es-ES", "¿qué quiere decir pesado?", "intensity" },
        { "impactDaysPerWeek", "en-US", "what counts as impact?", "impact" },
        { "impactDaysPerWeek", "es-MX", "¿qué cuenta como impacto?", "impact" },
        { "calciumFoodServingsPerDay", "en-US", "what's a serving?", "calciumServing" },
        { "calciumFoodServingsPerDay", "es-ES", "¿qué es una ración?", "calciumServing" },
        { "balanceSessionsPerWeek", "en-US", "what do you mean by balance work", "balance" },
        { "balanceSessionsPerWeek", "es-ES", "¿a qué se refiere con equilibrio?", "balance" },
        { "strengthSessionsPerWeek", "en-US", "what do you mean by resistance machines", "strength" },
        { "fallsLastYear", "en-GB", "what counts as a fall?", "fall" },
        { "growingStoop", "en-US", "what do you mean by stoop", "stoop" },
        { "lastPeriod", "en-US", "what do you mean by last period?", "lastPeriod" },
        { "lastPeriod", "es-ES", "¿qué significa la regla?", "lastPeriod" },
        { "heightLossHistorical", "en-GB", "what do you mean by lost height?", "heightLoss" },
        { "fragilityFracture", "en-US", "what does standing height mean?", "fragilityFracture" },
        { "proteinMealsPerDay", "en-US", "what's a palm-sized portion?", "protein" },
        { "alcoholUnits", "en-GB", "what's a unit?", "alcoholUnits" },
        { "waist", "en-US", "what do you mean by waist", "waistMeasure" },
        { "sugarAndProcessedFood", "en-US", "what do you mean by ultra-processed snacks?", "ultraProcessed" },
        { "fastingGlucose", "en-US", "what does fasting mean?", "fastingGlucose" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void A_word_of_the_open_question_she_asks_the_meaning_of_gets_its_glossary_answer(string questionId, string locale, string message, string topicId)
    {
        using var speaking = ScriptLanguage.Use(TurnLanguage.FromLocale(locale));
        var turn = _host.Services.GetRequiredService<QuestionTurn>();

        var decision = turn.Decide(turn.Guide.Find(questionId)!, message, new Dictionary<string, StoredAnswer>(), new ReadOptions(locale.ToLowerInvariant(), Today));

        Assert.Equal(DecisionKind.HerQuestion, decision.Kind);
        Assert.Equal(turn.Guide.Topics.Single(t => t.Id == topicId).Answer, decision.Reply);
    }

    [Fact]
    public async Task What_do_you_mean_by_heavy_at_the_intensity_question_is_answered_and_the_question_asked_again_with_nothing_kept()
    {
        var chat = await ChatAt.IntensityQuestionAsync(_host);

        var reply = await chat.SayAsync("what do you mean by heavy?");
        var unsure = await chat.SayAsync("heavy?");

        Assert.Equal([Topic("intensity"), Ask("loading", "strengthIntensity")], reply);
        Assert.Equal(Ask("loading", "impactDaysPerWeek"), unsure[^1]);
        Assert.Equal("heavy", (await RecordAsync(chat)).Answers["strengthIntensity"].Choice);
    }

    [Fact]
    public async Task A_word_the_glossary_lacks_is_meant_in_its_everyday_sense_and_the_question_follows()
    {
        var chat = await ReplayAsync(Personas.Consent.Concat(Personas.Onboarding).Concat(Personas.Loading).Concat(Personas.Hormones).Concat(Personas.Diet));

        var reply = await chat.SayAsync("what do you mean by usually?");

        Assert.Equal([Text("answers", "everydayWord").Replace("{why}", Why("inflammation", "sleepHours"), StringComparison.Ordinal), Ask("inflammation", "sleepHours")], reply);
    }

    [Fact]
    public async Task Oh_sorry_I_meant_right_after_a_fact_noted_on_the_side_changes_that_fact_and_not_the_open_question()
    {
        var chat = await ReplayAsync(Personas.Consent.Concat(Personas.Onboarding).Append("none"));

        var noted = await chat.SayAsync("I walk most days");
        var changed = await chat.SayAsync("oh sorry i meant twice a week");
        var record = await RecordAsync(chat);

        Assert.StartsWith("Noted: walking", noted[0], StringComparison.Ordinal);
        Assert.Equal(2, record.Answers["walkingDaysPerWeek"].Number);
        Assert.False(record.Answers.ContainsKey("impactDaysPerWeek"));
        Assert.StartsWith("Changed your walking to 2", changed[0], StringComparison.Ordinal);
        Assert.Equal(Ask("loading", "impactDaysPerWeek"), changed[^1]);
    }

    [Fact]
    public async Task Her_husbands_weight_said_with_her_age_is_never_kept_as_hers()
    {
        var chat = await ReplayAsync(Personas.Consent.Concat(Personas.Onboarding.Take(1)));

        var reply = await chat.SayAsync("62, my husband weighs 90 kg");
        var record = await RecordAsync(chat);

        Assert.Equal(62, record.Answers["age"].Number);
        Assert.False(record.Answers.ContainsKey("weight"));
        Assert.Equal([Ask("onboarding", "weight")], reply);
    }

    [Fact]
    public async Task About_nine_years_ago_at_the_height_question_is_kept_as_her_last_period_which_is_then_not_asked()
    {
        var chat = await ReplayAsync(Personas.Consent.Concat(Personas.Onboarding.Take(3)));

        var noted = await chat.SayAsync("about 9 years ago");
        var next = await chat.SayAsync("5 4");
        var record = await RecordAsync(chat);

        Assert.Equal(["Noted: last period about 9 years ago.", Ask("onboarding", "height")], noted);
        Assert.Equal(9, record.Answers["lastPeriod"].Number!.Value, 0);
        Assert.Equal(162.6, record.Answers["height"].Number!.Value, 1);
        Assert.Equal(Ask("onboarding", "historyScreen"), next[^1]);
    }

    private static string Topic(string id) => Support.ScriptTexts.Script["answers"].Topics.Single(t => t.Id == id).Answer;

    private async Task<Chat> ReplayAsync(IEnumerable<string> answers)
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(answers);
        return chat;
    }

    private async Task<CoachingRecord> RecordAsync(Chat chat) => (await StoredState.RecordAsync(_host.Services, chat))!;
}
