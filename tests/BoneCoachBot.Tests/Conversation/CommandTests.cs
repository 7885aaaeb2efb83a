using BoneCoachBot.Coaching;
using BoneCoachBot.Tests.Support;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>
/// What commands change in her record and in storage. What each command answers, in each place, is in
/// Commands.CommandRowsTests; these start from the same seeded records (<see cref="SeededRecords"/>).
/// </summary>
public sealed class CommandTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    private static string Intensity => Ask("loading", "strengthIntensity");

    [Fact]
    public async Task Back_asks_the_previous_question_again_and_the_new_answer_replaces_the_old()
    {
        var chat = await AtIntensityAsync();

        var back = await chat.SayAsync("go back");
        var again = await chat.SayAsync("3 times a week");

        Assert.Equal([Text("commands", "revisitAnswer").Replace("{answer}", "2 times a week"), Ask("loading", "strengthSessionsPerWeek")], back);
        Assert.StartsWith(Intensity, again[^1], StringComparison.Ordinal);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.Equal(3, record!.Answers["strengthSessionsPerWeek"].Number);
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("no idea")]
    [InlineData("I don't remember")]
    public async Task Skip_leaves_an_optional_question_unanswered_and_moves_on(string words)
    {
        var chat = await AtIntensityAsync();

        var reply = await chat.SayAsync(words);

        // "skip" moves on silently; "I don't know" in its forms is acknowledged first.
        Assert.Equal(words == "skip" ? [Ask("loading", "impactDaysPerWeek")] : [Text("answers", "unknownOk"), Ask("loading", "impactDaysPerWeek")], reply);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.True(record!.Answers["strengthIntensity"].Skipped);
    }

    [Fact]
    public async Task Skip_is_refused_on_a_required_question_which_stays_open()
    {
        var chat = await AtIntensityAsync();
        await chat.SayAsync("heavy");

        var reply = await chat.SayAsync("skip");
        var answered = await chat.SayAsync("3 days");

        Assert.Equal([Text("commands", "notOptional"), Ask("loading", "impactDaysPerWeek")], reply);
        // Walking and balance are left for later, and the history list already answered falls and fractures.
        Assert.Equal(Ask("hormones", "hormoneTherapy"), answered[^1]);
    }

    [Fact]
    public async Task Cancel_stops_the_questions_and_the_next_message_picks_up_at_the_same_question()
    {
        var chat = await AtIntensityAsync();

        var cancelled = await chat.SayAsync("cancel");
        var later = await chat.SayAsync("ok let's go on");

        Assert.Equal([Text("commands", "cancelled")], cancelled);
        Assert.StartsWith(Intensity, later[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_asks_first_and_after_yes_clears_her_answers_and_begins_again_with_the_first_profile_question()
    {
        var chat = await AtIntensityAsync();

        var confirm = await chat.SayAsync("start over");
        var reply = await chat.SayAsync("yes please");

        Assert.Equal(Text("commands", "restartConfirm"), confirm[0]);
        Assert.Equal(Text("commands", "restarted"), reply[0]);
        Assert.Equal(Ask("onboarding", "urgentNow"), reply[^1]);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.Empty(record!.Answers);
        Assert.Equal(ConsentStatus.Given, record.Consent);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("no, keep going")]
    [InlineData("hmm what")]
    [InlineData("heavy")]
    [InlineData("skip")]
    public async Task Restart_answered_no_or_unclearly_clears_nothing_and_asks_the_open_question_again(string words)
    {
        var chat = await AtIntensityAsync();
        var before = (await StoredState.RecordAsync(_host.Services, chat))!.Answers.Count;

        await chat.SayAsync("restart");
        var reply = await chat.SayAsync(words);

        Assert.Equal(Text("commands", "notRestarted"), reply[0]);
        Assert.StartsWith(Intensity, reply[^1], StringComparison.Ordinal);
        Assert.Equal(before, (await StoredState.RecordAsync(_host.Services, chat))!.Answers.Count);
    }

    [Fact]
    public async Task What_do_you_know_about_me_lists_her_answers_under_the_questions_they_answer()
    {
        var chat = await AtIntensityAsync();

        var reply = await chat.SayAsync("what do you know about me");

        Assert.StartsWith(Text("commands", "knownHeader"), reply[0], StringComparison.Ordinal);
        Assert.Contains($"{Ask("onboarding", "age")} **62**", reply[0], StringComparison.Ordinal);
        Assert.Contains($"{Ask("onboarding", "weight")} **63.5 kg**", reply[0], StringComparison.Ordinal);
        Assert.StartsWith(Intensity, reply[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_me_after_yes_leaves_nothing_of_her_in_storage()
    {
        var chat = await AtIntensityAsync();
        Assert.Equal(2, (await StoredState.ItemsAsync(_host.Services, chat)).Count);

        var confirm = await chat.SayAsync("forget me");
        var done = await chat.SayAsync("yes");

        Assert.Equal([Text("commands", "forgetConfirm")], confirm.Take(1));
        Assert.Equal([Text("commands", "forgotten")], done);
        Assert.Empty(await StoredState.ItemsAsync(_host.Services, chat));
    }

    [Fact]
    public async Task Forget_me_deletes_her_earlier_conversations_too()
    {
        var earlier = await AtIntensityAsync();
        // A new Web Chat session: the same user in a new conversation.
        var later = new Chat(_host.CreateClient(), userId: earlier.Client.UserId);
        await later.SayAsync("hello");
        Assert.Single(await StoredState.ItemsAsync(_host.Services, earlier), item => item.Key == StoredState.ConversationKey(earlier));

        await later.SayAsync("forget me");
        await later.SayAsync("yes");

        Assert.Empty(await StoredState.ItemsAsync(_host.Services, earlier));
        Assert.Empty(await StoredState.ItemsAsync(_host.Services, later));
    }

    [Fact]
    public async Task Forget_me_answered_no_keeps_everything_and_asks_the_question_again()
    {
        var chat = await AtIntensityAsync();

        await chat.SayAsync("delete my data");
        var kept = await chat.SayAsync("no");

        Assert.Equal(Text("commands", "notForgotten"), kept[0]);
        Assert.StartsWith(Intensity, kept[^1], StringComparison.Ordinal);
        Assert.NotEmpty((await StoredState.RecordAsync(_host.Services, chat))!.Answers);
    }

    private Task<Chat> AtIntensityAsync() => ChatAt.SeededAsync(_host, SeededRecords.AtIntensity());
}
