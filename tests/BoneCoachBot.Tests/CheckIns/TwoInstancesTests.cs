using System.Text.Json.Nodes;
using BoneCoachBot.CheckIns;
using BoneCoachBot.CheckIns.Progress;
using BoneCoachBot.Tests.State;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.CheckIns;

/// <summary>Two bot instances on one storage folder, as two App Service instances on one Blob container.</summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private const int Users = 6;
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-two-").FullName;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Each_reminder_is_sent_once_by_one_of_two_instances()
    {
        var clock = new FakeTimeProvider(CheckInHost.Start);
        await using var first = new CheckInHost(_directory, clock);
        await using var second = new CheckInHost(_directory, clock);
        for (var i = 0; i < Users; i++)
        {
            var host = i % 2 == 0 ? first : second;
            var user = host.User(_connector.ServiceUrl, "user-" + i, "conv-" + i);
            await user.ConsentAsync();
            await user.SayAsync("remind me on Sundays at 9");
        }

        for (var week = 1; week <= 3; week++)
        {
            // Both instances' timers fire on the same tick and race for every reminder.
            clock.Advance(TimeSpan.FromDays(7));
            var now = clock.GetUtcNow();
            await Task.WhenAll(first.Polls.WaitForPollAtOrAfterAsync(now), second.Polls.WaitForPollAtOrAfterAsync(now)).WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(week * Users, _connector.Received.Count);
        }

        var perConversation = _connector.Received.GroupBy(a => a.GetProperty("conversation").GetProperty("id").GetString());
        Assert.All(perConversation, g => Assert.Equal(3, g.Count()));
    }

    [Fact]
    public async Task Both_instances_sending_at_once_still_send_each_reminder_once()
    {
        var clock = new FakeTimeProvider(CheckInHost.Start);
        await using var first = new CheckInHost(_directory, clock).With("BoneCoach:CheckIns:RemindersEnabled", "false");
        await using var second = new CheckInHost(_directory, clock).With("BoneCoach:CheckIns:RemindersEnabled", "false");
        for (var i = 0; i < Users; i++)
        {
            var user = first.User(_connector.ServiceUrl, "user-" + i, "conv-" + i);
            await user.ConsentAsync();
            await user.SayAsync("remind me on Sundays at 9");
        }

        clock.Advance(TimeSpan.FromDays(7));
        var sent = await Task.WhenAll(first.Dispatcher.SendDueAsync(false, CancellationToken.None), second.Dispatcher.SendDueAsync(false, CancellationToken.None));

        Assert.Equal(Users, sent.Sum());
        Assert.Equal(Users, _connector.Received.Count);
    }

    [Fact]
    public async Task A_reminder_racing_her_answer_loses_neither_update()
    {
        // Real time here: the pipeline's retry after an ETag conflict waits a few real milliseconds.
        await using var first = new CheckInHost(_directory, TimeProvider.System).With("BoneCoach:CheckIns:RemindersEnabled", "false");
        await using var second = new CheckInHost(_directory, TimeProvider.System).With("BoneCoach:CheckIns:RemindersEnabled", "false");
        const int Rounds = 8;
        var user = first.User(_connector.ServiceUrl, "user-race", "conv-race");
        await user.ReachPlanAsync();

        var reminderTurns = 0;
        for (var round = 0; round < Rounds; round++)
        {
            await user.SayAllAsync("check in", "2", "4", "2", "7", "8", "every day");

            // Her last answer (instance one) and a forced reminder (instance two) write her user state at once.
            var reminder = second.Dispatcher.SendDueAsync(force: true, CancellationToken.None);
            await Task.WhenAll(user.SayAsync("no"), reminder);
            reminderTurns += await reminder;
        }

        var stored = await first.Backend.ReadAsync(["emulator/users/user-race"]);
        var record = ((JObject)stored["emulator/users/user-race"])[CheckInState.RecordProperty]!.ToObject<CheckInRecord>()!;
        Assert.Equal(Rounds, record.History.Count);
        // Her plan's four tracked goals (strength, impact, protein, sleep), each stored once (a doubling list once hid here).
        Assert.Equal(4, record.Goals.Count);
        Assert.NotNull(record.LastReminderUtc);
        // Every reminder turn ran (one that lands while she is checking in is recorded but not shown).
        Assert.Equal(Rounds, reminderTurns);
    }
}
