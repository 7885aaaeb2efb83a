using System.Text.Json.Nodes;
using BoneCoachBot.Tests.Support;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>A woman the coach knows, back in a new conversation or after days away, is told where she is and what she can do.</summary>
public sealed class WelcomeBackTests : IAsyncLifetime
{
    private readonly CoachingHost _host = new();

    private static string Intensity => Ask("loading", "strengthIntensity");

    private static string Where => Text("commands", "welcomeBackWhere")
        .Replace("{title}", ScriptTexts.Script["loading"].Title, StringComparison.Ordinal).Replace("{n}", "2", StringComparison.Ordinal);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_new_conversation_mid_layer_welcomes_her_back_with_the_part_and_question_then_asks_it()
    {
        var earlier = await ChatAt.IntensityQuestionAsync(_host);
        var later = new Chat(_host.CreateClient(), userId: earlier.Client.UserId);

        var reply = await later.JoinAsync();
        var answered = await later.SayAsync("heavy");

        Assert.Equal(2, reply.Count);
        Assert.StartsWith($"{Text("commands", "welcomeBack")} {Where[..Where.IndexOf("{m}", StringComparison.Ordinal)]}", reply[0], StringComparison.Ordinal);
        Assert.StartsWith(Intensity, reply[^1], StringComparison.Ordinal);
        Assert.Equal([Ask("loading", "impactDaysPerWeek")], answered);
    }

    [Fact]
    public async Task Her_first_words_in_a_new_conversation_get_the_welcome_back_by_the_name_her_channel_gives()
    {
        var earlier = await ChatAt.IntensityQuestionAsync(_host);
        var later = new EmulatorClient(_host.CreateClient(), userId: earlier.Client.UserId);

        var reply = await later.PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["text"] = "hello there",
            ["from"] = new JsonObject { ["id"] = earlier.Client.UserId, ["name"] = "Maria Lopez" },
        });

        Assert.StartsWith(Text("commands", "welcomeBackNamed").Replace("{name}", "Maria", StringComparison.Ordinal), reply.Texts[0], StringComparison.Ordinal);
        Assert.StartsWith(Intensity, reply.Texts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hi_days_after_her_plan_says_it_is_ready_and_a_week_later_that_a_check_in_is_due()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(Personas.WeakLoadingStrongMinerals.Append("no").Append("no"));

        _host.Clock.Advance(TimeSpan.FromDays(3));
        var ready = await chat.SayAsync("hi");
        _host.Clock.Advance(TimeSpan.FromDays(5));
        var due = await chat.SayAsync("hello");

        Assert.Equal([$"{Text("commands", "welcomeBack")} {Text("commands", "welcomeBackPlanReady")}"], ready);
        Assert.Equal([$"{Text("commands", "welcomeBack")} {Text("commands", "welcomeBackCheckInDue")}"], due);
    }

    [Fact]
    public async Task Hi_after_a_short_pause_is_only_the_one_line_reminder()
    {
        var chat = await ChatAt.IntensityQuestionAsync(_host);
        _host.Clock.Advance(TimeSpan.FromHours(2));

        var reply = await chat.SayAsync("hi");

        Assert.Equal(Text("commands", "resumeReminder").Replace("{title}", ScriptTexts.Script["loading"].Title, StringComparison.Ordinal), reply[0]);
        Assert.StartsWith(Intensity, reply[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_woman_who_declined_is_welcomed_back_to_general_information_and_start_still_asks_for_consent()
    {
        var earlier = new Chat(_host.CreateClient());
        await earlier.JoinAsync();
        await earlier.SayAsync("no");
        var later = new Chat(_host.CreateClient(), userId: earlier.Client.UserId);

        var reply = await later.JoinAsync();
        var start = await later.SayAsync("start");

        Assert.Equal([$"{Text("commands", "welcomeBack")} {Text("commands", "notConsented")}"], reply);
        Assert.Equal(Ask("consent", "keepAnswers"), start[^1]);
    }
}
