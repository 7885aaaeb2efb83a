using System.Text.Json.Nodes;
using BoneCoachBot.Coaching;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Language;

public sealed class SpanishConversationTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    private static ConversationScript Script => ScriptTexts.Script;

    private static string Es(string dialog, Func<DialogScript, string> pick) => pick(Script.In(ScriptLanguage.Spanish, dialog));

    private static string En(string dialog, Func<DialogScript, string> pick) => pick(Script.In(ScriptLanguage.English, dialog));

    // Every English sentence the script can say (texts, questions, retries, choices): none may reach her.
    private static readonly string[] EnglishSentences =
    [
        .. Script.Dialogs.Values.SelectMany(d => d.Texts.Values
            .Concat(d.Questions.SelectMany(q => new[] { q.Ask, q.Why, q.Retry ?? string.Empty }))
            .Concat(d.Commands.Select(c => c.Reply ?? string.Empty)))
            .Select(text => text.Split('{')[0].Trim())
            .Where(text => text.Length > 25),
    ];

    // A number alone at the intensity question could be an option or her reps: the Spanish retry says so, and reps said
    // in Spanish are then taken.
    [Fact]
    public async Task A_bare_number_at_the_intensity_question_gets_the_spanish_retry_and_reps_in_spanish_are_taken()
    {
        var record = SeededRecords.AtIntensity();
        record.Language = ScriptLanguage.Spanish;
        var chat = await ChatAt.SeededAsync(_host, record);

        var number = await SayAsync(chat, "2", "es-ES");
        var reps = await SayAsync(chat, "unas 10 repeticiones", "es-ES");

        Assert.Equal([Es("loading", d => d.Question("strengthIntensity").Retry!)], number);
        Assert.Equal(Es("loading", d => d.Question("impactDaysPerWeek").Ask), reps[^1]);
        Assert.Equal("moderate", (await StoredState.RecordAsync(_host.Services, chat))!.Answers["strengthIntensity"].Choice);
    }

    // The impact question counts days: "todos los días" is kept as days a week, in her language.
    [Fact]
    public async Task Every_day_at_the_impact_question_is_kept_as_days_a_week_in_spanish()
    {
        var record = SeededRecords.AtIntensity();
        record.Language = ScriptLanguage.Spanish;
        var chat = await ChatAt.SeededAsync(_host, record);

        await SayAsync(chat, "pesado", "es-ES");
        await SayAsync(chat, "todos los días", "es-ES");

        Assert.Equal("7 días por semana", (await StoredState.RecordAsync(_host.Services, chat))!.Answers["impactDaysPerWeek"].Readable);
    }

    private static async Task<IReadOnlyList<string>> SayAsync(Chat chat, string text, string locale)
    {
        var reply = await chat.Client.PostAsync(new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = locale });
        Assert.Equal(200, reply.StatusCode);
        chat.Transcript.Add("you: " + text);
        chat.Transcript.AddRange(reply.Texts.Select(t => "bot: " + t));
        return reply.Texts;
    }

    private static void NoEnglish(Chat chat, int from = 0)
    {
        foreach (var line in chat.Transcript.Skip(from).Where(l => l.StartsWith("bot: ", StringComparison.Ordinal)))
        {
            var english = EnglishSentences.FirstOrDefault(sentence => line.Contains(sentence, StringComparison.Ordinal));
            Assert.True(english is null, $"English reached her: '{english}'.\n{chat.Joined}");
        }
    }

    // Her answers in the order the first pass asks, as a Spanish speaker types them: her profile with the history,
    // condition and medicine lists, then per layer the questions that decide it, the supplements as a list.
    private static readonly string[] ToThePlan =
    [
        "sí", "nada de esto", "tengo 62 años", "64 kg", "162 cm", "hace 8 años", "ninguna", "no", "ninguna", "ninguno",
        "dos veces por semana", "moderada", "casi todos los días",
        "nunca",
        "2",
        "7 horas", "no",
        "3", "calcio y vitamina D", "500 mg", "600 UI",
    ];

    // The week's seven answers, then the two questions her first plan left for later (walking, balance).
    private static readonly string[] CheckIn = ["registrar semana", "2", "3", "ninguna", "5", "7", "todos los días", "nada de eso", "casi todos los días", "ninguna"];

    [Fact]
    public async Task A_whole_conversation_in_spanish_from_hola_to_the_plan_a_check_in_and_olvidame_says_nothing_in_english()
    {
        var chat = new Chat(_host.CreateClient());
        await SayAsync(chat, "Hola, buenas tardes", "es-ES");
        foreach (var answer in ToThePlan)
        {
            var before = chat.Transcript.LastOrDefault(t => t.StartsWith("bot: ", StringComparison.Ordinal));
            var reply = await SayAsync(chat, answer, "es-ES");
            Assert.False(reply.Count == 0 || (reply.Count == 1 && "bot: " + reply[0] == before), $"'{answer}' was not understood.\n{chat.Joined}");
        }

        var reminder = chat.Transcript[^1];
        await SayAsync(chat, "no gracias", "es-ES");
        var afterPlan = await SayAsync(chat, "no", "es-ES");
        foreach (var answer in CheckIn)
        {
            await SayAsync(chat, answer, "es-ES");
        }

        var progress = await SayAsync(chat, "progreso", "es-ES");
        var confirm = await SayAsync(chat, "olvídame", "es-ES");
        var forgotten = await SayAsync(chat, "sí", "es-ES");

        Assert.StartsWith("bot: ¿Quiere que le recuerde hacer el control cada ", reminder, StringComparison.Ordinal);
        Assert.Equal([Es("commands", d => d.Text("afterPlan"))], afterPlan);
        Assert.Contains("bot: " + Es("checkin", d => d.Text("done")), chat.Transcript);
        Assert.Equal(Es("checkin", d => d.Text("progressIntro")), progress[0]);
        Assert.Equal([Es("commands", d => d.Text("forgetConfirm"))], confirm);
        Assert.Equal([Es("commands", d => d.Text("forgotten"))], forgotten);
        Assert.Null(await StoredState.RecordAsync(_host.Services, chat));
        NoEnglish(chat);
    }

    [Fact]
    public async Task A_spanish_channel_gets_the_welcome_and_the_questions_in_spanish()
    {
        var chat = new Chat(_host.CreateClient());
        var join = await chat.Client.PostAsync(new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = chat.Client.UserId }, new JsonObject { ["id"] = EmulatorClient.BotId }),
            ["locale"] = "es-MX",
        });
        chat.Transcript.AddRange(join.Texts.Select(t => "bot: " + t));

        var agreed = await SayAsync(chat, "Sí, de acuerdo, puede guardar mis datos", "es-MX");
        var screened = await SayAsync(chat, "no, nada de eso", "es-MX");
        var aged = await SayAsync(chat, "62", "es-MX");

        Assert.Equal(Es("consent", d => d.Text("welcome")), join.Texts[0]);
        Assert.Equal(Es("consent", d => d.Question("keepAnswers").Ask), join.Texts[^1]);
        Assert.Equal(Es("consent", d => d.Text("accepted")), agreed[0]);
        Assert.Equal(Es("onboarding", d => d.Question("urgentNow").Ask), agreed[^1]);
        Assert.Equal([Es("onboarding", d => d.Question("age").Ask)], screened);
        Assert.Equal([Es("onboarding", d => d.Question("weight").Ask)], aged);
        NoEnglish(chat);
    }

    [Fact]
    public async Task Asking_for_spanish_at_the_consent_question_is_not_a_refusal()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        var inEnglish = chat.Transcript.Count;

        var switched = await chat.SayAsync("No hablo bien inglés, ¿me puede hablar en español por favor?");
        var record = await StoredState.RecordAsync(_host.Services, chat);
        var agreed = await chat.SayAsync("sí");

        Assert.Equal(Es("commands", d => d.Text("languageChosen")), switched[0]);
        Assert.Equal(Es("consent", d => d.Question("keepAnswers").Ask), switched[^1]);
        Assert.Equal(ConsentStatus.NotAsked, record!.Consent);
        Assert.Equal(ScriptLanguage.Spanish, record.Language);
        Assert.Equal(Es("consent", d => d.Text("accepted")), agreed[0]);
        Assert.Equal(ConsentStatus.Given, (await StoredState.RecordAsync(_host.Services, chat))!.Consent);
        NoEnglish(chat, inEnglish);
    }

    [Fact]
    public async Task Her_language_switches_mid_question_both_ways_and_is_kept()
    {
        var chat = new Chat(_host.CreateClient());
        await SayAsync(chat, "hola", "es-ES");
        await SayAsync(chat, "sí", "es-ES");
        await SayAsync(chat, "nada de esto", "es-ES");

        var english = await SayAsync(chat, "in English please", "es-ES");
        var answered = await SayAsync(chat, "62", "es-ES");
        var spanish = await SayAsync(chat, "¿me puede hablar en español?", "es-ES");
        var help = await SayAsync(chat, "ayuda", "es-ES");

        Assert.Equal([En("commands", d => d.Text("languageChosen")), En("onboarding", d => d.Question("age").Ask)], english);
        Assert.Equal([En("onboarding", d => d.Question("weight").Ask)], answered);
        Assert.Equal([Es("commands", d => d.Text("languageChosen")), Es("onboarding", d => d.Question("weight").Ask)], spanish);
        Assert.Equal(Es("commands", d => d.Commands.First(c => c.Id == "help").Reply!), help[0]);
        Assert.Equal(ScriptLanguage.Spanish, (await StoredState.RecordAsync(_host.Services, chat))!.Language);
    }

    [Fact]
    public async Task A_spanish_emergency_gets_the_local_number_in_spanish()
    {
        var chat = new Chat(_host.CreateClient());
        await SayAsync(chat, "hola", "es-ES");

        var alarm = await SayAsync(chat, "I have chest pain right now", "es-ES");

        Assert.Contains("112", alarm[0], StringComparison.Ordinal);
        Assert.StartsWith("Esto podría ser una emergencia", alarm[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_history_option_typed_in_her_words_ticks_that_option_alone()
    {
        var chat = new Chat(_host.CreateClient());
        foreach (var answer in new[] { "hola", "sí", "nada de esto", "64", "60 kg", "160 cm", "hace 12 años" })
        {
            await SayAsync(chat, answer, "es-ES");
        }

        // "una caída" inside the fracture option once ticked "a fall in the last 12 months" too: a fall she never reported.
        var reply = await SayAsync(chat, "un hueso roto en una caída pequeña", "es-ES");

        var answers = (await StoredState.RecordAsync(_host.Services, chat))!.Answers;
        Assert.Equal(["fragilityFracture"], answers["historyScreen"].Choices);
        Assert.Equal("yes", answers["fragilityFracture"].Choice);
        Assert.NotEqual(true, answers["fallsLastYear"].YesNo);
        Assert.DoesNotContain(reply, text => text.StartsWith("Esto podría ser una emergencia", StringComparison.Ordinal));
    }
}
