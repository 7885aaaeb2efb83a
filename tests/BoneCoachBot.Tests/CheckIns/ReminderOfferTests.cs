using BoneCoachBot.Tests.State;

namespace BoneCoachBot.Tests.CheckIns;

/// <summary>The weekly reminder is offered after her plan and set only after her yes, at the day and time she picks.</summary>
public sealed class ReminderOfferTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-offer-").FullName;
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

    private async Task<CheckInUser> AtTheOfferAsync()
    {
        var user = _host.User(_connector.ServiceUrl);
        await user.ConsentAsync();
        var plan = await user.SayAllAsync([.. Conversation.Personas.WeakLoadingStrongMinerals.Skip(Conversation.Personas.Consent.Length)]);
        Assert.Contains("Shall I remind you to check in every Monday at 09:00 (Europe/Berlin)?", plan.AllText());
        return user;
    }

    private async Task<bool> HasReminderAsync(CheckInUser user) =>
        (await _host.Backend.ReadAsync([$"reminders/emulator/users/{user.UserId}"])).Count > 0;

    [Theory]
    [InlineData("Thursday evening", "every Thursday at 19:00 (Europe/Berlin)")]
    [InlineData("fridays at 7pm", "every Friday at 19:00 (Europe/Berlin)")]
    [InlineData("yes but at 8:30", "every Monday at 08:30 (Europe/Berlin)")]
    [InlineData("remind me on Sundays at 9", "every Sunday at 09:00 (Europe/Berlin)")]
    public async Task Another_day_or_time_she_names_is_a_yes_at_that_time(string said, string expected)
    {
        var user = await AtTheOfferAsync();

        var set = await user.SayAsync(said);

        Assert.Contains(expected, set.AllText());
        Assert.EndsWith("Would you like a summary to take to your doctor?", set.AllText());
        Assert.True(await HasReminderAsync(user));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("no thanks")]
    [InlineData("skip")]
    public async Task No_leaves_no_reminder_set(string said)
    {
        var user = await AtTheOfferAsync();

        var reply = await user.SayAsync(said);

        Assert.Contains("Okay, no reminders.", reply.AllText());
        Assert.False(await HasReminderAsync(user));
    }

    [Fact]
    public async Task An_unclear_answer_asks_again_with_examples_and_a_second_leaves_no_reminder()
    {
        var user = await AtTheOfferAsync();

        var retry = await user.SayAsync("hmm what's that for");
        var still = await user.SayAsync("whatever");

        Assert.Contains("Thursday evening", retry.AllText());
        Assert.Contains("Okay, no reminders.", still.AllText());
        Assert.False(await HasReminderAsync(user));
    }

    [Fact]
    public async Task Which_day_at_the_offer_is_answered_with_the_offer_and_examples_not_sent_to_a_clinician()
    {
        var user = await AtTheOfferAsync();

        var asked = await user.SayAsync("hmm, which day would that be?");
        var set = await user.SayAsync("fridays at 7pm");

        Assert.Contains("Thursday evening", asked.AllText());
        Assert.DoesNotContain("clinician", asked.AllText());
        Assert.Contains("every Friday at 19:00 (Europe/Berlin)", set.AllText());
    }
}
