using System.Net;
using BoneCoachBot.Hosting;
using BoneCoachBot.Tests.State;
using BoneCoachBot.Tests.Support;
using Microsoft.Extensions.Hosting;

namespace BoneCoachBot.Tests.CheckIns;

/// <summary>The loop issue 8 is done for: plan, a proposed reminder, the reminder a week later, her check-in.</summary>
public sealed class ReminderLoopTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-loop-").FullName;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task After_her_plan_a_reminder_is_offered_set_on_her_yes_sent_a_week_later_and_answered_with_a_check_in()
    {
        await using var host = new CheckInHost(_directory);
        var user = host.User(_connector.ServiceUrl);

        await user.ConsentAsync();
        var plan = await user.SayAllAsync([.. Conversation.Personas.WeakLoadingStrongMinerals.Skip(Conversation.Personas.Consent.Length)]);
        // Start is a Monday, 11:00 in Berlin: the offer is her weekday at the default 09:00, asked, not yet set.
        Assert.Contains("Shall I remind you to check in every Monday at 09:00 (Europe/Berlin)? It takes two minutes a week.", plan.AllText());
        var set = await user.SayAsync("yes please");
        Assert.Contains("every Monday at 09:00 (Europe/Berlin). The next one is on Monday 9 March", set.AllText());
        Assert.EndsWith("Would you like a summary to take to your doctor?", set.AllText());

        await host.AdvanceAsync(TimeSpan.FromDays(6));
        Assert.Empty(_connector.Received);
        await host.AdvanceAsync(TimeSpan.FromDays(1));
        var reminder = Assert.Single(_connector.Received);
        Assert.Equal(user.ConversationId, reminder.GetProperty("conversation").GetProperty("id").GetString());

        var checkIn = await user.SayAllAsync("check in", "1", "2", "2", "6", "7", "most days", "none of those");
        Assert.Contains("1 of 2 strength sessions", checkIn.AllText());
    }

    [Fact]
    public async Task A_channel_without_a_time_zone_gets_the_default_and_is_told_how_to_change_it()
    {
        await using var host = new CheckInHost(_directory);
        var user = new CheckInUser(new Support.EmulatorClient(host.CreateClient()), _connector.ServiceUrl, timeZone: null);

        var set = await user.ReachPlanAsync();
        Assert.Contains("(UTC)", set.AllText());
        Assert.Contains("my time zone is Europe/London", set.AllText());

        var moved = await user.SayAsync("my time zone is america/new_york");
        Assert.Contains("America/New_York", moved.AllText());
    }

    [Fact]
    public async Task Notify_trigger_sends_now_in_development()
    {
        await using var host = new CheckInHost(_directory);
        var user = host.User(_connector.ServiceUrl);
        await user.ConsentAsync();
        await user.SayAsync("remind me on Sundays at 9");

        using var due = await host.CreateClient().PostAsync("/api/notify", null);
        Assert.Equal("{\"sent\":0}", await due.Content.ReadAsStringAsync());
        using var forced = await host.CreateClient().PostAsync("/api/notify?force=true", null);

        Assert.Equal("{\"sent\":1}", await forced.Content.ReadAsStringAsync());
        Assert.Single(_connector.Received);
    }

    [Fact]
    public async Task Notify_trigger_does_not_exist_outside_development()
    {
        await using var host = new CheckInHost(_directory, environment: Environments.Production);

        using var response = await host.CreateClient().PostAsync("/api/notify?force=true", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("BoneCoach:CheckIns:PollInterval", "00:00:00")]
    [InlineData("BoneCoach:CheckIns:DefaultReminderTime", "9 o'clock")]
    [InlineData("BoneCoach:CheckIns:DefaultTimeZone", "Mars/Olympus")]
    public void A_bad_check_in_setting_stops_start_up_naming_its_key(string key, string value)
    {
        var failure = SettingsCheck.Refuses(services => services.AddCheckIns(), key, value);

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }
}
