using BoneCoachBot.Tests.Conversation;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Safety;

/// <summary>One whole conversation, joining to check-in, with an emergency typed at every kind of question.</summary>
public sealed class EmergencyAnywhereTests : IAsyncLifetime
{
    private readonly CoachingHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    // The question she is at (its wording), the kind of answer it takes, and what she types instead of an answer.
    private static readonly (string Ask, string Kind, string Emergency)[] Interruptions =
    [
        (Ask("consent", "keepAnswers"), "consent (choice)", "my chest feels tight and heavy"),
        (Ask("onboarding", "age"), "number", "sorry, I've got a sudden crushing pain in my chest right now and my left arm feels funny"),
        (Ask("onboarding", "weight"), "quantity", "I've fallen and I can't get up"),
        (Ask("onboarding", "lastPeriod"), "date", "is this a heart attack?"),
        (Ask("onboarding", "steroidTablets"), "yes/no", "my face is drooping on one side"),
        (Ask("loading", "strengthSessionsPerWeek"), "frequency", "should I call 911?"),
        (Ask("hormones", "hormoneTherapy"), "choice", "I can't breathe"),
        (Ask("inflammation", "sleepHours"), "quantity (hours)", "I'm bleeding heavily and it won't stop"),
        (Text("commands", "summaryOffer"), "yes/no after the plan", "I think I'm having a stroke"),
    ];

    [Fact]
    public async Task An_emergency_at_every_kind_of_question_gets_the_emergency_reply_alone_and_the_question_back_once_she_is_safe()
    {
        var chat = new Chat(_host.CreateClient());
        var asked = (await chat.JoinAsync())[^1];
        var interrupted = new List<string>();
        foreach (var answer in Personas.WeakLoadingStrongMinerals.Append("no").Append("no"))
        {
            if (Interruptions.FirstOrDefault(i => i.Ask == asked) is { Ask: not null } interruption)
            {
                await InterruptAsync(chat, interruption.Emergency, asked);
                interrupted.Add(interruption.Kind);
            }

            asked = (await chat.SayAsync(answer))[^1];
        }

        Assert.Equal(Interruptions.Select(i => i.Kind), interrupted);
        Assert.Equal([SafetyNetTests.Emergency()], await chat.SayAsync("help, I think it's a heart attack"));
        Assert.Equal([Text("safety", "askSafe")], await chat.SayAsync("plan"));
        Assert.Equal(Text("commands", "afterwards"), (await chat.SayAsync("yes, I'm fine"))[^1]);
    }

    [Fact]
    public async Task An_emergency_in_a_weekly_check_in_gets_the_emergency_reply_alone_and_the_check_in_goes_on_once_she_is_safe()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(Personas.WeakLoadingStrongMinerals.Append("no").Append("no"));
        var checkIn = await chat.SayAsync("check in");

        var alarm = await chat.SayAsync("I've got chest pain right now");
        var resumed = await chat.SayAsync("yes");
        var next = await chat.SayAsync("2");

        Assert.Equal(Ask("checkin", "strengthSessions"), checkIn[^1]);
        Assert.Equal([SafetyNetTests.Emergency()], alarm);
        Assert.Equal(Ask("checkin", "strengthSessions"), resumed[^1]);
        Assert.Equal(Ask("checkin", "impactDays"), next[^1]);
    }

    private static async Task InterruptAsync(Chat chat, string emergency, string asked)
    {
        var alarm = await chat.SayAsync(emergency);
        Assert.True(alarm.SequenceEqual([SafetyNetTests.Emergency()]), $"'{emergency}' at '{asked}' got:\n{string.Join("\n", alarm)}");
        var resumed = await chat.SayAsync("yes, I'm safe");
        Assert.Equal(asked, resumed[^1]);
    }
}
