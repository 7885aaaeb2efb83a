using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Safety;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Reliability;

/// <summary>Issue 16, failure 1: no message, on any path, takes more than its budget of the bot's time.</summary>
public sealed class InputBudgetTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    /// <summary>200 KB of varied digits: the recognisers took 25 s of one core on it before the budget.</summary>
    public static string VariedDigits(int length, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(random.Next(0, 100_000)).Append(random.Next(3) switch { 0 => " kg ", 1 => ", ", _ => " and " });
        }

        return text.ToString(0, length);
    }

    [Fact]
    public async Task A_200_KB_message_with_a_card_value_ends_within_a_second_and_another_user_is_answered_meanwhile()
    {
        var attacker = await AtAgeAsync();
        var control = await AtAgeAsync();
        var hostile = new JsonObject { ["type"] = "message", ["text"] = VariedDigits(200 * 1024, seed: 16), ["value"] = new JsonObject() };

        var timer = Stopwatch.StartNew();
        var attack = attacker.Client.PostAsync(hostile);
        var controlReply = control.SayAsync("62");
        var attacked = await attack;
        timer.Stop();

        Assert.Equal(200, attacked.StatusCode);
        Assert.Equal([Text("commands", "tooLong")], attacked.Texts);
        // Generous for a loaded CI machine: the rejected turn does no recognising and no storage call at all.
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(1), $"The 200 KB message took {timer.Elapsed.TotalMilliseconds:F0} ms.");
        Assert.Equal([Ask("onboarding", "weight")], await controlReply);
        Assert.Equal([Ask("onboarding", "weight")], await attacker.SayAsync("62"));
    }

    public static TheoryData<string, JsonObject> OverBudget => new()
    {
        { "text with a value", new JsonObject { ["type"] = "message", ["text"] = new string('7', 3000), ["value"] = new JsonObject { ["answer"] = 1 } } },
        { "a huge card value", new JsonObject { ["type"] = "message", ["value"] = new JsonObject { ["answer"] = VariedDigits(20_000, seed: 3) } } },
        { "a string value", new JsonObject { ["type"] = "message", ["value"] = VariedDigits(20_000, seed: 4) } },
        { "too many attachments", new JsonObject
            {
                ["type"] = "message",
                ["text"] = "62",
                ["attachments"] = new JsonArray(Enumerable.Range(0, 50).Select(_ => (JsonNode)new JsonObject { ["contentType"] = "text/plain", ["content"] = "62" }).ToArray()),
            }
        },
    };

    [Theory]
    [MemberData(nameof(OverBudget))]
    public async Task A_message_over_budget_on_any_path_gets_the_long_message_reply_and_changes_nothing(string path, JsonObject activity)
    {
        var chat = await AtAgeAsync();

        var reply = await chat.Client.PostAsync(activity);
        var answered = await chat.SayAsync("62");

        Assert.True(reply.StatusCode == 200, path);
        Assert.Equal([Text("commands", "tooLong")], reply.Texts);
        Assert.Equal([Ask("onboarding", "weight")], answered);
    }

    // Found chatting: an emergency at the end of a long message got "That's a long message!". Safety comes first: the
    // triage reads the whole of it, in pieces within its budget; an emergency, a crisis or low mood gets past the budget
    // to the safety net, and an urgent sign gets its notice with the long-message reply (it got the reply alone).
    public static TheoryData<string, string[]> LongMessages => new()
    {
        { "and right now I have crushing chest pain and my left arm is numb", [SafetyNetTests.Emergency()] },
        { "and honestly I want to end my life", [SafetyNetTests.Crisis()] },
        { "and honestly I'm fed up with life", [SafetyNetTests.DistressCheck()] },
        { "and I have no chest pain at all, all is well", [Text("commands", "tooLong")] },
        { "and I've had sudden severe back pain since yesterday", [SafetyNetTests.UrgentNoted(), Text("commands", "tooLong")] },
    };

    [Theory]
    [MemberData(nameof(LongMessages))]
    public async Task A_long_message_gets_the_long_message_reply_after_any_safety_reply_its_words_call_for(string ending, string[] expected)
    {
        var chat = await AtAgeAsync();
        var text = string.Concat(Enumerable.Repeat("I wanted to tell you all about my week, the garden and the grandchildren. ", 30)) + ending;

        var reply = await chat.SayAsync(text);

        Assert.True(text.Length > Dialogs.InputGuard.MaxAnswerLength);
        Assert.Equal(expected, reply);
    }

    // The urgent sign is noted for her doctor, and the long message answers no question: she is asked her age again.
    [Fact]
    public async Task An_urgent_sign_in_a_long_message_is_noted_and_the_question_stays_open()
    {
        var chat = await AtAgeAsync();
        var text = string.Concat(Enumerable.Repeat("I wanted to tell you all about my week, the garden and the grandchildren. ", 30))
            + "and I've had sudden severe back pain since yesterday";

        await chat.SayAsync(text);
        var answered = await chat.SayAsync("62");

        Assert.Equal([Ask("onboarding", "weight")], answered);
        Assert.Contains((await StoredState.NotesAsync(_host.Services, chat)).Signs, sign => sign.Class == BoneCoachBot.Safety.TriageClass.Urgent);
    }

    public static TheoryData<string> Garbled => new()
    {
        "6\ud8002",
        "62\udc00",
        "sixty\ufffetwo",
        "62\uffff",
        "6\u00002",
        "62 \u001b[31m",
    };

    [Fact]
    public async Task Invalid_utf8_bytes_in_the_text_get_a_kind_reply()
    {
        var chat = await AtAgeAsync();
        var activity = RawActivity.Envelope(chat.Client, new JsonObject { ["type"] = "message", ["text"] = RawActivity.Placeholder });

        var reply = await RawActivity.PostAsync(_host.CreateClient(), activity, [(byte)'"', (byte)'6', 0xC3, 0x28, (byte)'2', (byte)'"']);

        Assert.Equal(200, reply.StatusCode);
        Assert.Equal([Text("commands", "unreadable")], reply.Texts);
    }

    [Theory]
    [MemberData(nameof(Garbled))]
    public async Task Text_that_is_not_valid_unicode_gets_a_kind_reply_and_the_question_stays_answerable(string text)
    {
        var chat = await AtAgeAsync();

        var activity = RawActivity.Envelope(chat.Client, new JsonObject { ["type"] = "message", ["text"] = RawActivity.Placeholder });
        var reply = await RawActivity.PostAsync(_host.CreateClient(), activity, RawActivity.Literal(text));
        var answered = await chat.SayAsync("62");

        Assert.Equal(200, reply.StatusCode);
        Assert.Equal([Text("commands", "unreadable")], reply.Texts);
        Assert.Equal([Ask("onboarding", "weight")], answered);
    }

    private async Task<Chat> AtAgeAsync()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.SayAsync("none of these");
        return chat;
    }
}
