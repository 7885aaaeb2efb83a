using BoneCoachBot.State;
using BoneCoachBot.Tests.State;
using Microsoft.Extensions.DependencyInjection;

namespace BoneCoachBot.Tests.CheckIns;

/// <summary>Time moves only through the fake clock; reminders are counted where a channel would receive them.</summary>
public sealed class WeeklyReminderTests : IAsyncLifetime
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-reminders-").FullName;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public async Task One_reminder_per_week_that_comes_due(int weeks)
    {
        await using var host = new CheckInHost(_directory);
        var user = host.User(_connector.ServiceUrl);
        await user.ConsentAsync();
        Assert.Contains("every Sunday at 09:00 (Europe/Berlin)", (await user.SayAsync("remind me on Sundays at 9")).AllText());

        for (var week = 1; week <= weeks; week++)
        {
            await host.AdvanceAsync(Week);
            Assert.Equal(week, _connector.Received.Count);
        }

        Assert.All(_connector.Texts, text => Assert.Contains("check-in time", text));
        var reminder = _connector.Received.First();
        Assert.Equal("check in", reminder.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_reminder_missed_while_the_bot_was_down_is_sent_once_when_it_is_back()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(CheckInHost.Start);
        await using (var before = new CheckInHost(_directory, clock))
        {
            var user = before.User(_connector.ServiceUrl);
            await user.ConsentAsync();
            await user.SayAsync("remind me Monday 7pm");
        }

        clock.Advance(5 * Week);
        await using var after = new CheckInHost(_directory, clock);
        _ = after.Server;
        await after.AdvanceAsync(TimeSpan.FromDays(1));
        await after.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Single(_connector.Received);
    }

    [Fact]
    public async Task No_reminder_after_stop_and_again_after_a_new_time()
    {
        await using var host = new CheckInHost(_directory);
        var user = host.User(_connector.ServiceUrl);
        await user.ConsentAsync();
        await user.SayAsync("remind me on Sundays at 9");
        await host.AdvanceAsync(Week);
        Assert.Single(_connector.Received);

        Assert.Contains("stopped your reminders", (await user.SayAsync("stop reminders")).AllText());
        await host.AdvanceAsync(Week);
        await host.AdvanceAsync(Week);
        Assert.Single(_connector.Received);

        await user.SayAsync("remind me on Sundays at 9");
        await host.AdvanceAsync(Week);
        Assert.Equal(2, _connector.Received.Count);
    }

    [Fact]
    public async Task Paused_reminders_wait_and_resume_without_catching_up()
    {
        await using var host = new CheckInHost(_directory);
        var user = host.User(_connector.ServiceUrl);
        await user.ConsentAsync();
        await user.SayAsync("remind me on Sundays at 9");
        Assert.Contains("paused", (await user.SayAsync("pause reminders")).AllText());
        await host.AdvanceAsync(Week);
        await host.AdvanceAsync(Week);
        Assert.Empty(_connector.Received);

        Assert.Contains("back on", (await user.SayAsync("resume reminders")).AllText());
        await host.AdvanceAsync(Week);
        Assert.Single(_connector.Received);
    }

    [Fact]
    public async Task No_reminder_after_forget_me()
    {
        await using var host = new CheckInHost(_directory);
        var user = host.User(_connector.ServiceUrl);
        await user.ConsentAsync();
        await user.SayAsync("remind me on Sundays at 9");

        foreach (var hook in host.Services.GetServices<IForgetMeHook>())
        {
            await hook.ForgetAsync(new ForgetMeSubject("emulator", user.UserId, user.ConversationId), CancellationToken.None);
        }

        await host.AdvanceAsync(Week);
        await host.AdvanceAsync(Week);
        Assert.Empty(_connector.Received);
        var left = await host.Backend.ReadAsync(["reminders/index", $"reminders/emulator/users/{user.UserId}"]);
        Assert.Empty(((Newtonsoft.Json.Linq.JObject)left["reminders/index"])["keys"]!);
        Assert.False(left.ContainsKey($"reminders/emulator/users/{user.UserId}"));
    }

    [Fact]
    public async Task Saying_forget_me_deletes_the_reminder_and_she_is_never_contacted()
    {
        await using var host = new CheckInHost(_directory);
        var user = host.User(_connector.ServiceUrl);
        await user.ReachPlanAsync();
        await user.SayAsync("remind me on Sundays at 9");

        await user.SayAsync("forget me");
        var forgotten = await user.SayAsync("yes");

        Assert.Contains("deleted everything", forgotten.AllText());
        await host.AdvanceAsync(Week);
        await host.AdvanceAsync(Week);
        Assert.Empty(_connector.Received);
        Assert.False((await host.Backend.ReadAsync([$"reminders/emulator/users/{user.UserId}"])).Any());
    }

    [Fact]
    public async Task Before_consent_a_reminder_phrase_keeps_nothing()
    {
        await using var host = new CheckInHost(_directory);
        var user = host.User(_connector.ServiceUrl);

        var reply = await user.SayAsync("remind me on Sundays at 9");

        Assert.DoesNotContain("I'll remind you", reply.AllText());
        Assert.Empty(await host.Backend.ReadAsync(["reminders/index", $"reminders/emulator/users/{user.UserId}"]));
        await host.AdvanceAsync(Week);
        Assert.Empty(_connector.Received);
    }

    [Fact]
    public async Task Answering_the_reminder_starts_the_check_in()
    {
        await using var host = new CheckInHost(_directory);
        var user = host.User(_connector.ServiceUrl);
        await user.ReachPlanAsync();
        await user.SayAsync("remind me on Sundays at 9");
        await host.AdvanceAsync(Week);

        var reply = await user.SayAsync("sure");

        Assert.Contains("How many strength sessions", reply.AllText());
    }
}
