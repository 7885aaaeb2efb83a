using BoneCoachBot.Tests.State;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.CheckIns;

/// <summary>
/// Hours of sleep typed the way people type them at the check-in (issue 14's regression: "7 hours" was not understood),
/// through the real host and each storage backend, so the answer survives the round trip between turns.
/// </summary>
public sealed class CheckInSleepAnswerTests(AzuriteFixture azurite) : IAsyncLifetime, IClassFixture<AzuriteFixture>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-sleep-").FullName;
    private FakeConnector _connector = null!;

    public static TheoryData<string> Providers => new() { "Memory", "File", "Blob" };

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Hours_of_sleep_in_everyday_words_are_kept_and_shown_in_the_weeks_progress(string provider)
    {
        await using var host = HostFor(provider);
        var user = await host.UserWithPlanAsync(_connector.ServiceUrl);

        var hours = await CheckInAsync(user, "7 hours");
        var halfHours = await CheckInAsync(user, "about 7 and a half hours");
        var range = await CheckInAsync(user, "6-7");

        Assert.Contains("7 of 7 hours' sleep", hours.AllText());
        Assert.Contains("7.5 of 7 hours' sleep", halfHours.AllText());
        Assert.Contains("6.5 of 7 hours' sleep", range.AllText());
    }

    [Fact]
    public async Task A_number_with_another_unit_is_not_taken_as_hours_of_sleep()
    {
        await using var host = HostFor("Memory");
        var user = await host.UserWithPlanAsync(_connector.ServiceUrl);

        var reply = await user.SayAllAsync("check in", "2", "3", "2", "7", "60 kg");

        Assert.DoesNotContain("Did you take the supplements in your plan?", reply.AllText());
        Assert.Contains(Support.ScriptTexts.Retry("checkin", "sleepHours"), reply.AllText());
    }

    // Found by chatting: "yes, 3 eggs a day" at the sleep question was kept as 3 hours of sleep, and "I forgot most days"
    // at the protein question as protein on 5 days. Neither is the answer: each question is asked again.
    [Fact]
    public async Task Eggs_at_the_sleep_question_and_days_she_forgot_at_the_protein_question_are_asked_again()
    {
        await using var host = HostFor("Memory");
        var user = await host.UserWithPlanAsync(_connector.ServiceUrl);

        var forgot = await user.SayAllAsync("check in", "2", "3", "2", "I forgot most days");
        var protein = await user.SayAllAsync("7");
        var eggs = await user.SayAllAsync("yes, 3 eggs a day");
        var week = await user.SayAllAsync("7 hours", "every day", "none of those");

        Assert.Contains(Support.ScriptTexts.Retry("checkin", "proteinDays"), forgot.AllText());
        Assert.Contains("How many hours did you sleep", protein.AllText());
        Assert.Contains(Support.ScriptTexts.Retry("checkin", "sleepHours"), eggs.AllText());
        Assert.Contains("7 of 7 hours' sleep", week.AllText());
        Assert.Contains("protein on 7 of 7 days", week.AllText());
    }

    private static async Task<BotReply> CheckInAsync(CheckInUser user, string sleep)
    {
        await user.SayAllAsync("check in", "2", "3", "2", "7", sleep);
        return await user.SayAllAsync("every day", "none of those");
    }

    private CheckInHost HostFor(string provider) => provider switch
    {
        "Memory" => new CheckInHost(_directory).With("BoneCoach:Storage:Provider", "Memory"),
        "File" => new CheckInHost(_directory),
        _ => new CheckInHost(_directory)
            .With("BoneCoach:Storage:Provider", "Blob")
            .With("BoneCoach:Storage:ConnectionString", azurite.ConnectionString)
            .With("BoneCoach:Storage:ContainerName", azurite.NewContainerName()),
    };
}
