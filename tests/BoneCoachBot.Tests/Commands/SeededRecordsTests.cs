using BoneCoachBot.Coaching;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Support;
using Newtonsoft.Json;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Commands;

/// <summary>
/// The seeds the command rows start from are what a woman answering for herself leaves, and a seeded woman is where
/// that woman would be: the one place that still replays, so the rows need not.
/// </summary>
public sealed class SeededRecordsTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    public static TheoryData<string> Seeds => new() { nameof(SeededRecords.AtLastPeriod), nameof(SeededRecords.AtIntensity), nameof(SeededRecords.WithPlan) };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task A_seed_is_the_record_her_own_answers_leave(string seed)
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(ReplayOf(seed));

        var replayed = await StoredState.RecordAsync(_host.Services, chat);

        Assert.Equal(JsonConvert.SerializeObject(SeedOf(seed), Formatting.Indented), JsonConvert.SerializeObject(replayed, Formatting.Indented));
    }

    [Theory]
    [InlineData(nameof(SeededRecords.Consented), "onboarding", "urgentNow")]
    [InlineData(nameof(SeededRecords.AtLastPeriod), "onboarding", "lastPeriod")]
    [InlineData(nameof(SeededRecords.AtIntensity), "loading", "strengthIntensity")]
    public async Task A_seeded_woman_in_a_new_conversation_is_asked_the_question_her_record_reached(string seed, string part, string question)
    {
        var chat = await ChatAt.SeededAsync(_host, SeedOf(seed));

        Assert.StartsWith(Ask(part, question), chat.Transcript[^1]["bot: ".Length..], StringComparison.Ordinal);
        Assert.Equal(JsonConvert.SerializeObject(SeedOf(seed)), JsonConvert.SerializeObject(await StoredState.RecordAsync(_host.Services, chat)));
    }

    [Fact]
    public async Task A_seeded_woman_with_a_plan_is_told_it_is_ready_and_no_question_is_open()
    {
        var chat = await ChatAt.SeededAsync(_host, SeededRecords.WithPlan(), SeededRecords.AfterPlanCheckIns());

        var why = await chat.SayAsync("why");

        Assert.Contains(chat.Transcript, line => line.Contains(Text("commands", "welcomeBackPlanReady"), StringComparison.Ordinal));
        Assert.Equal([Text("commands", "noQuestionOpen")], why);
    }

    private static CoachingRecord SeedOf(string seed) => seed switch
    {
        nameof(SeededRecords.Consented) => SeededRecords.Consented(),
        nameof(SeededRecords.AtLastPeriod) => SeededRecords.AtLastPeriod(),
        nameof(SeededRecords.AtIntensity) => SeededRecords.AtIntensity(),
        nameof(SeededRecords.WithPlan) => SeededRecords.WithPlan(),
        _ => throw new ArgumentOutOfRangeException(nameof(seed), seed, "No such seed."),
    };

    private static IEnumerable<string> ReplayOf(string seed) => seed switch
    {
        nameof(SeededRecords.AtLastPeriod) => Personas.Consent.Concat(Personas.Onboarding.Take(4)),
        nameof(SeededRecords.AtIntensity) => Personas.Consent.Concat(Personas.Onboarding).Append("twice a week"),
        nameof(SeededRecords.WithPlan) => Personas.WeakLoadingStrongMinerals,
        _ => throw new ArgumentOutOfRangeException(nameof(seed), seed, "No replay for this seed."),
    };
}
