using BoneCoachBot.Tests.Conversation;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Reliability;

/// <summary>
/// Issue 16, failure 4: every prompt in the product can give up after unclear answers, and its caller takes that
/// as "no clear answer": the conversation goes on, no apology, and the next message is understood.
/// </summary>
public sealed class GaveUpTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private const int MostUnclearAnswersNeeded = 12;
    private static readonly string[] Unclear = ["maybe", "hmm", "not sure"];
    private readonly CoachingHost _host = host;

    [Fact]
    public async Task Consent_that_gets_no_clear_answer_keeps_nothing_asks_again_and_help_still_works()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();

        // No clear answer is no refusal either: she is told nothing is kept, and asked again.
        await SayUnclearUntilAsync(chat, Text("consent", "undecided"));

        Assert.Null(await StoredState.RecordAsync(_host.Services, chat));
        Assert.Equal(Support.ScriptTexts.Script["commands"].Commands.First(c => c.Id == "help").Reply, (await chat.SayAsync("help"))[0]);
    }

    [Fact]
    public async Task Forget_me_that_gets_no_clear_answer_forgets_nothing_and_the_question_is_answerable()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.SayAsync("none of these");
        await chat.SayAsync("forget me");

        await SayUnclearUntilAsync(chat, Text("commands", "notForgotten"));

        Assert.NotNull(await StoredState.RecordAsync(_host.Services, chat));
        Assert.Equal(Ask("onboarding", "weight"), (await chat.SayAsync("62"))[^1]);
    }

    [Fact]
    public async Task A_reminder_offer_that_gets_no_clear_answer_sets_none_and_the_summary_is_offered()
    {
        var chat = await ToPlanAsync();

        await SayUnclearUntilAsync(chat, Text("commands", "summaryOffer"));

        Assert.Contains("bot: " + Text("reminders", "proposalDeclined"), chat.Transcript);
    }

    [Fact]
    public async Task A_summary_offer_that_gets_no_clear_answer_sends_none_and_the_conversation_goes_on()
    {
        var chat = await ToPlanAsync();
        Assert.Equal(Text("commands", "summaryOffer"), (await chat.SayAsync("no thanks"))[^1]);

        await SayUnclearUntilAsync(chat, Text("commands", "afterPlan"));

        Assert.Equal(Support.ScriptTexts.Script["commands"].Commands.First(c => c.Id == "help").Reply, (await chat.SayAsync("help"))[0]);
    }

    // Found chatting: "1000 IU" at the summary offer got the same question again, word for word.
    [Fact]
    public async Task A_summary_offer_that_gets_an_unclear_answer_says_what_it_waits_for()
    {
        var chat = await ToPlanAsync();
        await chat.SayAsync("no thanks");

        var retry = await chat.SayAsync("1000 IU");

        Assert.Equal([Text("commands", "summaryOfferRetry")], retry);
    }

    [Fact]
    public async Task A_number_question_that_gets_no_clear_answer_moves_on_to_the_next_question()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.SayAsync("none of these");

        await SayUnclearUntilAsync(chat, Ask("onboarding", "weight"));
    }

    [Fact]
    public async Task A_check_in_question_that_gets_no_clear_answer_moves_on_to_the_next_one()
    {
        var chat = await ToPlanAsync();
        await chat.SayAsync("no thanks");
        await chat.SayAsync("no");
        var begun = await chat.SayAsync("check in");
        Assert.Equal(Support.ScriptTexts.Script["checkin"].Questions[0].Ask, begun[^1]);

        await SayUnclearUntilAsync(chat, Support.ScriptTexts.Script["checkin"].Questions[1].Ask);
    }

    // Words no prompt can read as an answer (unlike "not sure", which is a real "don't know").
    private static readonly string[] Meaningless = ["hmm", "purple elephants", "🤔"];

    // A prompt gives up after a handful of unclear answers (three, then three more once the question is relaxed).
    private const int MostMeaninglessPerQuestion = 8;

    [Fact]
    public async Task Every_question_to_the_plan_moves_on_when_it_gets_only_meaningless_answers_and_none_is_stored()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.SayAsync("none of these");
        var planTitle = Text("plan", "card.title");
        var asked = new List<string>();

        for (var said = 0; !HasActivityWith(chat, planTitle); said++)
        {
            Assert.True(said < 1000, $"No plan after {said} meaningless answers:\n{chat.Joined}");
            var reply = await chat.SayAsync(Meaningless[said % Meaningless.Length]);
            Assert.DoesNotContain(AdapterWithErrorHandler.ApologyText, reply);
            asked.Add(reply.Count > 0 ? reply[^1] : string.Empty);
        }

        var longestRun = LongestRun(asked);
        Assert.True(longestRun <= MostMeaninglessPerQuestion, $"One question took {longestRun} answers:\n{chat.Joined}");
        var record = await StoredState.RecordAsync(_host.Services, chat);
        var valued = record!.Answers.Where(a => a.Key != "urgentNow" && (a.Value.Number is not null || a.Value.Choice is not null || a.Value.YesNo is not null));
        Assert.Empty(valued.Select(a => $"{a.Key}: {a.Value.Readable}"));
    }

    [Fact]
    public async Task Every_check_in_question_moves_on_when_it_gets_only_meaningless_answers()
    {
        var chat = await ToPlanAsync();
        await chat.SayAsync("no thanks");
        await chat.SayAsync("no");
        await chat.SayAsync("check in");
        var questions = Support.ScriptTexts.Script["checkin"].Questions.Select(q => q.Ask).ToList();

        var reached = new HashSet<string>();
        for (var said = 0; !chat.Transcript.Contains("bot: " + Text("checkin", "done")); said++)
        {
            Assert.True(said < 100, $"The check-in didn't end after {said} meaningless answers:\n{chat.Joined}");
            var reply = await chat.SayAsync(Meaningless[said % Meaningless.Length]);
            Assert.DoesNotContain(AdapterWithErrorHandler.ApologyText, reply);
            reached.UnionWith(questions.Where(reply.Contains));
        }

        Assert.Equal(questions.Skip(1), questions.Skip(1).Where(reached.Contains));
    }

    private static int LongestRun(IReadOnlyList<string> replies)
    {
        var (longest, run) = (0, 0);
        for (var i = 0; i < replies.Count; i++)
        {
            run = i > 0 && replies[i] == replies[i - 1] ? run + 1 : 1;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    private static bool HasActivityWith(Chat chat, string text) =>
        chat.Activities.Any(a => a.GetRawText().Contains(text, StringComparison.Ordinal));

    private async Task<Chat> ToPlanAsync()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        var last = await chat.AnswerAllAsync(Personas.WeakLoadingStrongMinerals);
        // The plan ends with the weekly reminder offer, then the summary offer: two yes/no prompts.
        Assert.StartsWith("Shall I remind you to check in every ", last[^1], StringComparison.Ordinal);
        return chat;
    }

    // Unclear answers in turn until the caller has taken the prompt's gave-up result; never the apology, never a 500.
    private static async Task SayUnclearUntilAsync(Chat chat, string expected)
    {
        for (var i = 0; i < MostUnclearAnswersNeeded; i++)
        {
            var reply = await chat.SayAsync(Unclear[i % Unclear.Length]);
            Assert.DoesNotContain(AdapterWithErrorHandler.ApologyText, reply);
            if (reply.Contains(expected))
            {
                return;
            }
        }

        Assert.Fail($"Still no '{expected}' after {MostUnclearAnswersNeeded} unclear answers:\n{chat.Joined}");
    }
}
