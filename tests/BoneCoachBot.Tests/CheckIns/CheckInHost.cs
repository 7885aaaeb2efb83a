using BoneCoachBot.CheckIns.Reminders;
using BoneCoachBot.State;
using BoneCoachBot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BoneCoachBot.Tests.CheckIns;

/// <summary>The real host on TestServer with File storage in a given folder (so two hosts can share it) and, unless
/// told otherwise, a <see cref="FakeTimeProvider"/> that only moves when a test moves it.</summary>
public sealed class CheckInHost : BotHost
{
    // A Monday, so "Sundays" is six days away and a week's advance always passes it.
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly TimeProvider _time;

    public CheckInHost(string directory, TimeProvider? time = null, string environment = "Development")
    {
        _time = time ?? new FakeTimeProvider(Start);
        UseClock(_time);
        UseEnvironment(environment);
        Set("BoneCoach:Storage:Provider", "File");
        Set("BoneCoach:Storage:Directory", directory);
        // One poll a fake day keeps a week's advance to a handful of ticks.
        Set("BoneCoach:CheckIns:PollInterval", "1.00:00:00");
    }

    public FakeTimeProvider Clock => (FakeTimeProvider)_time;

    public ReminderPolls Polls => Services.GetRequiredService<ReminderPolls>();

    public ReminderDispatcher Dispatcher => Services.GetRequiredService<ReminderDispatcher>();

    public IStorage Backend => Services.GetRequiredService<TurnScopedStorage>().Backend;

    public CheckInUser User(string serviceUrl, string? userId = null, string conversationId = "conv-checkin") =>
        new(Client(conversationId, userId), serviceUrl);

    /// <summary>
    /// A woman whose first plan is already in storage (<see cref="SeededRecords.WithPlan"/>, made today on this host's
    /// clock), opening a conversation: a check-in test starts from her plan instead of replaying her answers. Tests of
    /// the reminder she accepts after the plan, or of the question left open then, use <see cref="User"/> and
    /// <see cref="CheckInUser.ReachPlanAsync()"/>.
    /// </summary>
    public async Task<CheckInUser> UserWithPlanAsync(string serviceUrl)
    {
        var client = Client("conv-checkin", userId: null);
        var record = SeededRecords.WithPlan();
        record.PlanReadyAt = _time.GetUtcNow();
        await SeededUser.SeedAsync(Services, client, record, SeededRecords.AfterPlanCheckIns());
        await client.JoinAsync();
        return new CheckInUser(client, serviceUrl);
    }

    private EmulatorClient Client(string conversationId, string? userId) =>
        new(CreateClient(), conversationId, userId ?? "user-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Moves the fake clock and waits (without sleeping) until the reminder service has polled at the new time.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await Polls.WaitForPollAtOrAfterAsync(Clock.GetUtcNow()).WaitAsync(TimeSpan.FromSeconds(30));
    }

    public CheckInHost With(string key, string value)
    {
        Set(key, value);
        return this;
    }
}
