using BoneCoachBot.Tests.Support;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>
/// Her words about the conversation mean the same wherever she is: at an onboarding question, in a layer and in a
/// weekly check-in, one interruption layer answers "help", "why", "back", "skip" and "cancel".
/// </summary>
public sealed class InterruptionsEverywhereTests : IAsyncLifetime
{
    private readonly CoachingHost _host = new();

    public static TheoryData<string> Places => new() { Place.Onboarding, Place.Layer, Place.CheckIn };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Places))]
    public async Task Help_lists_the_commands_then_asks_the_open_question_again(string place)
    {
        var (chat, at) = await OpenAsync(place);

        var reply = await chat.SayAsync("help");

        Assert.Equal(ScriptTexts.Script["commands"].Commands.First(c => c.Id == "help").Reply, reply[0]);
        Assert.StartsWith(at.Ask(at.Current), reply[^1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Places))]
    public async Task Why_explains_the_open_question_then_asks_it_again(string place)
    {
        var (chat, at) = await OpenAsync(place);

        var reply = await chat.SayAsync("why do you ask");

        Assert.Equal(Why(at.Part, at.Current), reply[0]);
        Assert.StartsWith(at.Ask(at.Current), reply[^1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Places))]
    public async Task Back_asks_the_previous_question_of_the_same_part(string place)
    {
        var (chat, at) = await OpenAsync(place);

        var reply = await chat.SayAsync("previous question");

        // A scripted question asked again first shows her earlier answer; the check-in's questions ask plainly.
        Assert.InRange(reply.Count, 1, 2);
        Assert.True(reply.Count == 1 || reply[0].StartsWith("Last time you said", StringComparison.Ordinal), reply[0]);
        Assert.StartsWith(at.Ask(at.Previous), reply[^1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Places))]
    public async Task Skip_leaves_the_open_question_and_asks_the_next(string place)
    {
        var (chat, at) = await OpenAsync(place);

        var reply = await chat.SayAsync("skip this one");

        Assert.Single(reply);
        Assert.StartsWith(at.Ask(at.Next), reply[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Places))]
    public async Task Cancel_stops_what_is_open_and_no_question_is_left(string place)
    {
        var (chat, _) = await OpenAsync(place);

        var cancelled = await chat.SayAsync("cancel");
        var why = await chat.SayAsync("why");

        Assert.Equal([Text("commands", "cancelled")], cancelled);
        Assert.Equal([Text("commands", "noQuestionOpen")], why);
    }

    private async Task<(Chat Chat, Place At)> OpenAsync(string place)
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        switch (place)
        {
            case Place.Onboarding:
                await chat.AnswerAllAsync(Personas.Consent.Concat(Personas.Onboarding.Take(4)));
                return (chat, new Place("onboarding", "height", "lastPeriod", "historyScreen"));
            case Place.Layer:
                await chat.AnswerAllAsync(Personas.Consent.Concat(Personas.Onboarding).Append("twice a week"));
                return (chat, new Place("loading", "strengthSessionsPerWeek", "strengthIntensity", "impactDaysPerWeek"));
            default:
                await chat.AnswerAllAsync(Personas.WeakLoadingStrongMinerals.Append("no").Append("check in").Append("2"));
                return (chat, new Place("checkin", "strengthSessions", "impactDays", "balanceSessions"));
        }
    }

    /// <summary>Where she is: the script part, the question open now, the one before it and the one after.</summary>
    private sealed record Place(string Part, string Previous, string Current, string Next)
    {
        public const string Onboarding = "onboarding";
        public const string Layer = "a layer";
        public const string CheckIn = "a check-in";

        public string Ask(string questionId) => ScriptTexts.Ask(Part, questionId);
    }
}
