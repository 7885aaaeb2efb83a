using BoneCoachBot.Tests.State;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.CheckIns;

/// <summary>
/// Found by chatting: "not sure" or "I can't remember" at a check-in count got "A number of days from 0 to 7." (the retry) again and
/// again, though "skip" would have moved on. Not remembering last week's count leaves it out, said so; the rest is kept.
/// </summary>
public sealed class CheckInNotSureTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-notsure-").FullName;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Not_remembering_a_count_leaves_it_out_and_the_check_in_goes_on()
    {
        await using var host = new CheckInHost(_directory).With("BoneCoach:Storage:Provider", "Memory");
        var user = host.User(_connector.ServiceUrl);
        await user.ReachPlanAsync();

        var strength = await user.SayAllAsync("check in", "not sure");
        var impact = await user.SayAllAsync("I can't remember");
        var week = await user.SayAllAsync("2", "5", "7 hours", "every day", "none of those");

        Assert.Contains("That's fine, I'll leave that one out this week.", strength.AllText());
        Assert.Contains("On how many days did you do the impact", strength.AllText());
        Assert.Contains("How many times did you practise balance", impact.AllText());
        Assert.DoesNotContain("strength sessions", week.AllText().Split("This week:")[^1].Split('.')[0]);
        Assert.Contains("protein on 5 of", week.AllText());
    }
}
