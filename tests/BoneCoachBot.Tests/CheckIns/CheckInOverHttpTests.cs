using BoneCoachBot.CheckIns;
using BoneCoachBot.CheckIns.Progress;
using Newtonsoft.Json.Linq;
using BoneCoachBot.Tests.State;

namespace BoneCoachBot.Tests.CheckIns;

public sealed class CheckInOverHttpTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-checkin-").FullName;
    private FakeConnector _connector = null!;
    private CheckInHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = new CheckInHost(_directory);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Check_in_asks_seven_questions_and_answers_with_adherence_and_the_plan_for_next_week()
    {
        var user = _host.User(_connector.ServiceUrl);
        await user.ReachPlanAsync();

        var first = await user.SayAsync("check in");
        Assert.Contains("seven quick questions", first.AllText());
        Assert.Contains("strength sessions", first.AllText());

        var reply = await user.SayAllAsync("2", "3", "2", "7", "7.5", "every day", "none of those");

        var text = reply.AllText();
        Assert.Contains("2 of 2 strength sessions", text);
        Assert.Contains("impact on 3 of 4 days", text);
        Assert.Contains("protein on 7 of 7 days", text);
        Assert.Contains("7.5 of 7 hours' sleep", text);
        // Her first plan left the balance question for later, so it sets no balance goal yet: four goals, 2, 3/4, 7 and 7.5/7.
        Assert.DoesNotContain("balance sessions", text);
        Assert.Contains("94% of your weekly targets", text);
        Assert.Contains("keep the plan as it is", text);
        Assert.DoesNotContain("supplements on", text);
        Assert.DoesNotContain("clinician", text);
        // Then one of the questions her first plan left out, highest layer first (walking; not balance, just asked).
        Assert.Contains(Support.ScriptTexts.Text("commands", "checkInDeeper"), text);
        Assert.EndsWith(Support.ScriptTexts.Ask("loading", "walkingDaysPerWeek"), text);
        var attachments = reply.Attachments();
        Assert.Contains(attachments, a => a.GetProperty("contentType").GetString() == "image/png"
            && a.GetProperty("contentUrl").GetString()!.StartsWith("data:image/png;base64,", StringComparison.Ordinal));
        var goals = attachments.Single(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive")
            .GetProperty("content").GetProperty("body")[1].GetProperty("facts").EnumerateArray()
            .Select(f => $"{f.GetProperty("title").GetString()}: {f.GetProperty("value").GetString()}");
        Assert.Equal(["Strength sessions a week: 2", "Days with impact: 4", "Days at your protein target: 7", "Hours of sleep a night: 7"], goals);

        // After at most two of them, the question that was open before the check-in is asked again.
        var next = await user.SayAsync("every day");
        var after = await user.SayAsync("none of these");
        Assert.DoesNotContain(Support.ScriptTexts.Ask("loading", "balanceSessionsPerWeek"), next.AllText());
        Assert.EndsWith("Would you like a summary to take to your doctor?", after.AllText());
    }

    [Fact]
    public async Task Two_weeks_at_the_strength_target_show_a_streak_and_a_beginner_builds_reps_and_sets_not_5_hard_reps()
    {
        var user = await _host.UserWithPlanAsync(_connector.ServiceUrl);
        await user.SayAllAsync("check in", "2", "4", "2", "7", "8", "every day", "no");
        _host.Clock.Advance(TimeSpan.FromDays(7));

        var reply = await user.SayAllAsync("check in", "3", "4", "2", "7", "8", "every day", "no");

        var text = reply.AllText();
        Assert.Contains("3 of 2 strength sessions", text);
        Assert.Contains("2 weeks in a row", text);
        Assert.Contains(Support.ScriptTexts.Text("checkin", "adjust.buildRepsAndSets"), text);
        Assert.DoesNotContain("still about 5 hard reps", text);
    }

    [Fact]
    public async Task Two_weeks_at_target_on_the_gentle_plan_never_add_a_little_weight_at_5_hard_reps()
    {
        var user = _host.User(_connector.ServiceUrl);
        await user.ReachPlanAsync(Conversation.ClinicalPersonas.SpineFracture);
        await user.SayAllAsync("check in", "2", "0", "2", "7", "8", "every day", "no");
        _host.Clock.Advance(TimeSpan.FromDays(7));

        var reply = await user.SayAllAsync("check in", "2", "0", "2", "7", "8", "every day", "no");

        var text = reply.AllText();
        Assert.Contains(Support.ScriptTexts.Text("checkin", "adjust.progressWithPhysiotherapist"), text);
        Assert.DoesNotContain("still about 5 hard reps", text);
        Assert.DoesNotContain(Support.ScriptTexts.Text("checkin", "adjust.progressLoad.strengthSessions"), text);
    }

    // Found by chatting: "not sure" or "I can't remember" at a check-in count got its retry again and again, though
    // "skip" would have moved on. Not remembering last week's count leaves it out, said so; the rest is kept.
    [Fact]
    public async Task Not_remembering_a_count_leaves_it_out_and_the_check_in_goes_on()
    {
        var user = await _host.UserWithPlanAsync(_connector.ServiceUrl);

        var strength = await user.SayAllAsync("check in", "not sure");
        var impact = await user.SayAllAsync("I can't remember");
        var week = await user.SayAllAsync("2", "5", "7 hours", "every day", "none of those");

        Assert.Contains(Support.ScriptTexts.Text("checkin", CheckInTextKeys.LeftOut), strength.AllText());
        Assert.Contains("On how many days did you do the impact", strength.AllText());
        Assert.Contains("How many times did you practise balance", impact.AllText());
        Assert.DoesNotContain("strength sessions", week.AllText().Split("This week:")[^1].Split('.')[0]);
        Assert.Contains("protein on 5 of", week.AllText());
    }

    // Found by chatting: "two portions" at the check-in's strength question was kept as 2 sessions, and "I walked 3 miles"
    // at the impact one as 3 days, though onboarding no longer took either.
    [Fact]
    public async Task A_number_of_portions_or_miles_is_no_count_at_the_check_in()
    {
        var user = await _host.UserWithPlanAsync(_connector.ServiceUrl);

        var portions = await user.SayAllAsync("check in", "two portions");
        var miles = await user.SayAllAsync("2", "I walked 3 miles");

        Assert.Contains(Support.ScriptTexts.Retry("checkin", "strengthSessions"), portions.AllText());
        Assert.Contains(Support.ScriptTexts.Retry("checkin", "impactDays"), miles.AllText());
    }

    // Found by chatting: "I go swimming twice" at the impact question was kept as 2 impact days. Swimming is named back
    // with why it doesn't count, and the question asked again; brisk walks, which the plan's impact includes, still count.
    [Fact]
    public async Task Swimming_is_no_count_of_impact_or_balance_and_a_brisk_walk_is_impact()
    {
        var user = await _host.UserWithPlanAsync(_connector.ServiceUrl);

        var swimming = await user.SayAllAsync("check in", "2", "I go swimming twice");
        var walks = await user.SayAllAsync("I walked the dog briskly on 4 days");
        var balance = await user.SayAllAsync("swimming once");

        var swimmingCounts = Support.ScriptTexts.Script["answers"].Topics.Single(t => t.Id == "swimming").Answer;
        Assert.Contains(swimmingCounts, swimming.AllText());
        Assert.Contains(Support.ScriptTexts.Retry("checkin", "impactDays"), swimming.AllText());
        Assert.Contains(Support.ScriptTexts.Ask("checkin", "balanceSessions"), walks.AllText());
        Assert.Contains(swimmingCounts, balance.AllText());
        Assert.Contains(Support.ScriptTexts.Retry("checkin", "balanceSessions"), balance.AllText());
    }

    [Fact]
    public async Task Three_missed_weeks_make_the_target_smaller()
    {
        var user = await _host.UserWithPlanAsync(_connector.ServiceUrl);
        for (var week = 0; week < 3; week++)
        {
            var reply = await user.SayAllAsync("check in", "2", "1", "2", "7", "8", "every day", "no");
            if (week == 2)
            {
                Assert.Contains("let's make impact easier to reach, 3 a week", reply.AllText());
            }

            _host.Clock.Advance(TimeSpan.FromDays(7));
        }

        var progress = await user.SayAsync("progress");
        Assert.Contains("impact on 1 of 3 days", progress.AllText());
    }

    [Fact]
    public async Task A_fall_puts_the_clinician_first_and_pauses_loading()
    {
        var reply = await WeekEndingWithAsync("a fall");

        // The notice comes before the progress, in the product's red-flag wording.
        Assert.Contains("a new fall", reply.Texts[0]);
        Assert.Contains("clinician", reply.Texts[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("pause strength and impact work until a clinician", reply.AllText());
    }

    // Issue 13's review: "no falls, no new pain" was stored as "A fall", pausing loading with a referral.
    [Theory]
    [InlineData("no falls, no new pain")]
    [InlineData("nothing happened, all fine")]
    public async Task Nothing_happened_in_her_own_words_is_no_fall_and_no_referral(string said)
    {
        var reply = await WeekEndingWithAsync(said);

        Assert.DoesNotContain("a new fall", reply.AllText());
        Assert.DoesNotContain("clinician", reply.AllText(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("this week logged", reply.AllText());
    }

    // Found chatting: "no falls, but my back hurts" was asked again ("tap the one that happened"), and "None of those" is
    // one tap away. Her "no" denies the fall; the back pain she names is her answer, with its referral.
    [Theory]
    [InlineData("no falls, but my back hurts")]
    [InlineData("no, but my back hurts")]
    public async Task New_back_pain_after_a_denied_fall_is_her_answer_and_gets_the_referral(string said)
    {
        var reply = await WeekEndingWithAsync(said);

        Assert.Contains("new back pain", reply.Texts[0]);
        Assert.Contains("clinician", reply.Texts[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("pause strength and impact work until a clinician", reply.AllText());
    }

    // Found chatting: "I did some skipping on 3 days", said at the strength question, was kept as 3 strength sessions, and
    // "I slept about 6 hours" at the balance count got the balance question again. A count of what a later question
    // counts, or hours said of sleep, is kept for that question, which then says what she told it instead of asking.
    [Fact]
    public async Task An_answer_to_a_later_check_in_question_is_kept_for_it()
    {
        var user = await _host.UserWithPlanAsync(_connector.ServiceUrl);

        var skipping = await user.SayAllAsync("check in", "I did some skipping on 3 days");
        var strength = await user.SayAllAsync("2");
        var sleep = await user.SayAllAsync("I slept about 6 hours, woke up a lot");
        var protein = await user.SayAllAsync("1", "7");
        var reply = await user.SayAllAsync("every day", "no");

        var kept = Support.ScriptTexts.Text("checkin", "aheadKept");
        Assert.Contains(kept, skipping.AllText());
        Assert.EndsWith(Support.ScriptTexts.Ask("checkin", "strengthSessions"), skipping.AllText());
        Assert.Contains(Taken("impactDays", "3"), strength.AllText());
        Assert.EndsWith(Support.ScriptTexts.Ask("checkin", "balanceSessions"), strength.AllText());
        Assert.Contains(kept, sleep.AllText());
        Assert.Contains(Taken("sleepHours", "6"), protein.AllText());
        Assert.Contains("2 of 2 strength sessions", reply.AllText());
        Assert.Contains("impact on 3 of", reply.AllText());
        Assert.Contains("6 of 7 hours' sleep", reply.AllText());
    }

    private static string Taken(string questionId, string value) =>
        Support.ScriptTexts.Text("checkin", "aheadTaken").Replace("{question}", Support.ScriptTexts.Ask("checkin", questionId), StringComparison.Ordinal)
            .Replace("{value}", value, StringComparison.Ordinal);

    // Found chatting: "I went to the gym on monday and thursday" was not understood. The days of last week she names are
    // the count, said with what is counted or alone ("I tripped on friday" is no balance session).
    [Fact]
    public async Task The_days_she_names_are_a_count()
    {
        var user = await _host.UserWithPlanAsync(_connector.ServiceUrl);

        var reply = await user.SayAllAsync("check in", "the gym on monday and thursday", "4", "2", "7", "8", "every day", "no");

        Assert.Matches(@"\b2 of \d+ strength sessions", reply.AllText());
    }

    // Issue 12: "none, but I walked 3 times" at the strength question was kept as 3 strength sessions (the walking's count).
    [Theory]
    [InlineData("none, but I walked 3 times", "0 of")]
    [InlineData("no weights, just walked 4 times", "0 of")]
    [InlineData("none at the gym, but I did bands twice", "2 of")]
    public async Task A_count_of_something_else_after_her_none_is_not_her_strength_sessions(string said, string expected)
    {
        var user = await _host.UserWithPlanAsync(_connector.ServiceUrl);

        var reply = await user.SayAllAsync("check in", said, "4", "2", "7", "8", "every day", "no");

        Assert.Matches($@"\b{expected} \d+ strength sessions", reply.AllText());
    }

    [Fact]
    public async Task Before_her_plan_there_is_no_check_in_and_no_health_question()
    {
        var user = _host.User(_connector.ServiceUrl);

        var reply = await user.SayAsync("check in");

        Assert.DoesNotContain("strength sessions", reply.AllText());
        Assert.DoesNotContain("seven quick questions", reply.AllText());
    }

    [Fact]
    public async Task Balance_sessions_are_kept_week_by_week_and_shown_in_progress()
    {
        var user = await _host.UserWithPlanAsync(_connector.ServiceUrl);
        // Fine-tune's balance question (none) gives her plan its balance goal, 2 a week.
        await user.SayAllAsync("fine-tune", "loading", "every day", "none");
        await user.SayAllAsync("check in", "2", "4", "none", "7", "8", "every day", "no");
        _host.Clock.Advance(TimeSpan.FromDays(7));

        var reply = await user.SayAllAsync("check in", "2", "4", "twice", "7", "8", "every day", "no");
        var progress = await user.SayAsync("progress");

        var stored = await _host.Backend.ReadAsync([$"emulator/users/{user.UserId}"]);
        var record = ((JObject)stored[$"emulator/users/{user.UserId}"])[CheckInState.RecordProperty]!.ToObject<CheckInRecord>()!;
        Assert.Equal([0, 2], record.History.Select(c => c.BalanceSessionsDone));
        Assert.Contains("2 of 2 balance sessions", reply.AllText());
        Assert.Contains("2 of 2 balance sessions", progress.AllText());
    }

    [Fact]
    public async Task Progress_any_time_shows_the_summary_and_the_chart()
    {
        var user = await _host.UserWithPlanAsync(_connector.ServiceUrl);
        Assert.Contains("no check-in yet", (await user.SayAsync("progress")).AllText(), StringComparison.OrdinalIgnoreCase);
        await user.SayAllAsync("check in", "1", "2", "2", "5", "6", "most days", "no");

        var reply = await user.SayAsync("my progress");

        Assert.Contains("1 of 2 strength sessions", reply.AllText());
        Assert.Contains(reply.Attachments(), a => a.GetProperty("contentType").GetString() == "image/png");
    }

    [Fact]
    public async Task Unclear_answers_are_asked_again_and_cancel_stops_the_check_in()
    {
        var user = await _host.UserWithPlanAsync(_connector.ServiceUrl);
        await user.SayAsync("check in");

        var retry = await user.SayAsync("lots");
        Assert.Contains(Support.ScriptTexts.Retry("checkin", "strengthSessions"), retry.AllText());
        var outOfRange = await user.SayAsync("40");
        Assert.Contains("A number, for example '2'", outOfRange.AllText());

        await user.SayAsync("cancel");
        Assert.Contains("no check-in yet", (await user.SayAsync("progress")).AllText(), StringComparison.OrdinalIgnoreCase);
    }

    // A woman with a plan checks in; her answer to the last question (anything new?) is the test's.
    private async Task<Support.BotReply> WeekEndingWithAsync(string lastAnswer)
    {
        var user = await _host.UserWithPlanAsync(_connector.ServiceUrl);
        return await user.SayAllAsync("check in", "2", "4", "2", "7", "8", "every day", lastAnswer);
    }
}
