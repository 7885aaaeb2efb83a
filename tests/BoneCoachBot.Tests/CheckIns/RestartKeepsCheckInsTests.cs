using BoneCoachBot.Coaching;
using BoneCoachBot.Tests.State;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.CheckIns;

/// <summary>"restart" says what it keeps, and keeps it: check-in history and the reminder survive, answers and plan go.</summary>
public sealed class RestartKeepsCheckInsTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-restart-").FullName;
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
    public async Task Restart_after_yes_clears_answers_and_plan_but_keeps_check_ins_reminder_and_consent()
    {
        var user = _host.User(_connector.ServiceUrl);
        await user.ReachPlanAsync();
        await user.SayAllAsync("no", "check in", "2", "3", "7", "7.5", "every day", "none of those");

        var confirm = await user.SayAsync("restart");
        Assert.Contains("check-in history", confirm.AllText());
        await user.SayAsync("yes");

        var userKey = $"emulator/users/{user.UserId}";
        var items = await _host.Backend.ReadAsync([userKey, $"reminders/emulator/users/{user.UserId}"]);
        var stored = JObject.FromObject(items[userKey]);
        var record = stored[nameof(CoachingRecord)]!.ToObject<CoachingRecord>()!;
        Assert.Empty(record.Answers);
        Assert.Null(record.PlanReadyAt);
        Assert.Equal(ConsentStatus.Given, record.Consent);
        Assert.Single((JArray)stored["CheckIns"]!["History"]!);
        Assert.Contains($"reminders/emulator/users/{user.UserId}", items.Keys);
    }
}
