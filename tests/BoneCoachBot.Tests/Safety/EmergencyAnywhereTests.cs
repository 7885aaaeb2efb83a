using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Safety;
using BoneCoachBot.State;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Safety;

/// <summary>
/// One whole conversation, joining to the plan, fine-tune and a check-in, with an emergency typed at every kind of
/// question: the emergency wording comes alone, nothing of the message is kept as an answer, and the question is asked
/// again once she says she is safe.
/// </summary>
public sealed class EmergencyAnywhereTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    // The question she is at (its wording), the kind of answer it takes, and what she types instead of an answer.
    private static readonly (string Ask, string Kind, string Emergency)[] Interruptions =
    [
        (Ask("consent", "keepAnswers"), "consent (choice)", "my chest feels tight and heavy"),
        (Ask("onboarding", "age"), "number", "sorry, I've got a sudden crushing pain in my chest right now and my left arm feels funny"),
        (Ask("onboarding", "weight"), "quantity", "I've fallen and I can't get up"),
        (Ask("onboarding", "lastPeriod"), "date", "is this a heart attack?"),
        (Ask("onboarding", "historyScreen"), "multi-select list", "i fell just now and i think my hip is broken, 2 or 3 of those"),
        (Ask("onboarding", "steroidTablets"), "yes/no", "my face is drooping on one side"),
        (Ask("loading", "strengthSessionsPerWeek"), "frequency", "should I call 911?"),
        (Ask("hormones", "hormoneTherapy"), "choice", "I can't breathe"),
        (Ask("inflammation", "sleepHours"), "quantity (hours)", "I'm bleeding heavily and it won't stop"),
        (Text("commands", "summaryOffer"), "yes/no after the plan", "I think I'm having a stroke"),
        (Ask("inflammation", "waist"), "fine-tune (quantity)", "cant feel my left side, about 32 inches round"),
        (Ask("checkin", "impactDays"), "check-in (number)", "3 days but my chest feels tight and heavy since this morning"),
    ];

    // To the plan, the two offers after it declined, fine-tune's inflammation questions, then a week's check-in.
    private static readonly string[] Conversation =
    [
        .. Personas.WeakLoadingStrongMinerals, "no", "no", .. Personas.FineTuneInflammation,
        "check in", "2", "3", "1", "5", "7 hours", "yes", "none",
    ];

    [Fact]
    public async Task An_emergency_at_every_kind_of_question_gets_the_emergency_reply_alone_and_the_question_back_once_she_is_safe()
    {
        var chat = new Chat(_host.CreateClient());
        var asked = (await chat.JoinAsync())[^1];
        var interrupted = new List<string>();
        foreach (var answer in Conversation)
        {
            if (Interruptions.FirstOrDefault(i => i.Ask == asked) is { Ask: not null } interruption && !interrupted.Contains(interruption.Kind))
            {
                await InterruptAsync(chat, interruption.Emergency, asked);
                interrupted.Add(interruption.Kind);
            }

            asked = (await chat.SayAsync(answer))[^1];
        }

        Assert.Equal(Interruptions.Select(i => i.Kind), interrupted);
        Assert.Equal([SafetyNetTests.Emergency()], await chat.SayAsync("help, I think it's a heart attack"));
        Assert.Equal([Text("safety", "askSafe")], await chat.SayAsync("plan"));
        Assert.Equal(asked, (await chat.SayAsync("yes, I'm fine"))[^1]);
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

    private async Task InterruptAsync(Chat chat, string emergency, string asked)
    {
        var before = await AnswersAsync(chat);
        var alarm = await chat.SayAsync(emergency);
        var during = await AnswersAsync(chat);
        var resumed = await chat.SayAsync("yes, I'm safe");

        Assert.True(alarm.SequenceEqual([SafetyNetTests.Emergency()]), $"'{emergency}' at '{asked}' got:\n{string.Join("\n", alarm)}");
        Assert.True(before == during, $"'{emergency}' at '{asked}' changed her stored answers:\n{before}\n{during}");
        Assert.Equal(asked, resumed[^1]);
    }

    // Everything kept for her and this conversation (her answers, check-ins, the dialog stack and its values) except
    // what the safety net itself keeps: its own watch and the sign noted for her clinician summary.
    private async Task<string> AnswersAsync(Chat chat)
    {
        var items = await StoredState.ItemsAsync(_host.Services, chat);
        return string.Join('\n', new[] { StoredState.UserKey(chat), StoredState.ConversationKey(chat) }.Select(key =>
        {
            if (!items.TryGetValue(key, out var item))
            {
                return "(nothing)";
            }

            var json = JObject.FromObject(item);
            foreach (var own in new[] { SafetyState.RecordProperty, nameof(SafetyWatch), TurnLog.Property, "eTag", "ETag" })
            {
                json.Remove(own);
            }

            return json.ToString(Formatting.None);
        }));
    }
}
