using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.State;

/// <summary>The bot as its own process, killed (not stopped) and started again on the same state folder.</summary>
public sealed class KilledProcessTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-killed-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_killed_bot_process_started_again_on_the_same_folder_remembers_the_conversation()
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["BoneCoach__Storage__Provider"] = "File",
            ["BoneCoach__Storage__Directory"] = _directory,
        };
        const string conversation = "conv-killed";
        const string userId = "user-killed";

        BotReply joined;
        await using (var first = await BotProcess.StartAsync(settings))
        {
            joined = await new EmulatorClient(first.CreateClient(), conversation, userId).JoinAsync();
        }

        await using var second = await BotProcess.StartAsync(settings);
        var answered = await new EmulatorClient(second.CreateClient(), conversation, userId).SayAsync("I'm back");

        Assert.Equal(ScriptTexts.Welcome, joined.Texts);
        Assert.Equal([ScriptTexts.Ask("consent", "keepAnswers")], answered.Texts);
    }
}
