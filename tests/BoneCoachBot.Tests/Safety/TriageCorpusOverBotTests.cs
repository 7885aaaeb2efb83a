using BoneCoachBot.Safety;
using BoneCoachBot.Tests.Conversation;
using Xunit.Abstractions;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Safety;

/// <summary>
/// The triage corpus through the whole bot over HTTP and the real adapter: each message is typed at a question chosen
/// at random (fixed seed) along the persona's conversation, from the consent question to after the plan. What the bot
/// answered is read back as a class: the emergency or crisis wording alone, the urgent notice, or nothing of these.
/// </summary>
public sealed class TriageCorpusOverBotTests(ITestOutputHelper output, CoachingHost host) : IClassFixture<CoachingHost>
{
    private const int Seed = 20261130;
    private const double MaxNearMissAlarmRate = 0.03;

    private static readonly string[] Conversation = [.. Personas.WeakLoadingStrongMinerals.Append("no").Append("no")];

    private readonly CoachingHost _host = host;

    [Fact]
    public async Task The_corpus_typed_at_random_questions_gets_every_emergency_and_crisis_reply_and_few_alarms_on_near_misses()
    {
        var random = new Random(Seed);
        var stops = TriageCorpus.All.Select(message => (Message: message, Stop: random.Next(Conversation.Length + 1)))
            .GroupBy(m => m.Stop).OrderBy(g => g.Key);
        var score = new TriageScore();
        foreach (var stop in stops)
        {
            var chat = new Chat(_host.CreateClient());
            await chat.JoinAsync();
            await chat.AnswerAllAsync(Conversation.Take(stop.Key));
            foreach (var (message, _) in stop)
            {
                score.Add(message, Read(await chat.SayAsync(message.Text)));
                await SettleAsync(chat);
            }
        }

        output.WriteLine(score.Report($"Whole bot (seed {Seed})"));
        Assert.Equal(1.0, score.Recall(TriageClass.Emergency));
        Assert.Equal(1.0, score.Recall(TriageClass.Crisis));
        Assert.Equal(1.0, score.Recall(TriageClass.Distress));
        Assert.InRange(score.NearMissAlarmRate, 0, MaxNearMissAlarmRate);
    }

    // The reply as a class; an emergency or crisis wording with anything else beside it does not count.
    private static TriageClass Read(IReadOnlyList<string> reply) =>
        reply.SequenceEqual([SafetyNetTests.Emergency()]) ? TriageClass.Emergency
        : reply.SequenceEqual([SafetyNetTests.Crisis()]) ? TriageClass.Crisis
        : reply.SequenceEqual([SafetyNetTests.DistressCheck()]) ? TriageClass.Distress
        : reply.Any(r => r.StartsWith(SafetyNetTests.Urgent(), StringComparison.Ordinal)) ? TriageClass.Urgent
        : TriageClass.None;

    // Back to an ordinary turn before the next message: past the "are you safe?" wait, the "happening now?" question and
    // the question about thoughts of ending her life.
    private static async Task SettleAsync(Chat chat)
    {
        var last = chat.Transcript[^1];
        if (last == "bot: " + SafetyNetTests.DistressCheck())
        {
            await chat.SayAsync("no, just a rough week");
            return;
        }
        if (last.EndsWith(Text("safety", "happeningNow"), StringComparison.Ordinal))
        {
            last = "bot: " + (await chat.SayAsync("not now"))[^1];
        }

        if (last.StartsWith("bot: " + Text("safety", "emergency")[..20], StringComparison.Ordinal)
            || last.StartsWith("bot: " + Text("safety", "crisis")[..20], StringComparison.Ordinal))
        {
            await chat.SayAsync("yes, I'm safe");
        }
    }
}
