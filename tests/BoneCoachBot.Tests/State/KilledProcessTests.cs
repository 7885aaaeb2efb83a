using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.State;

/// <summary>The bot as its own process, killed (not stopped) and started again on the same state folder.</summary>
[LongRunning]
public sealed class KilledProcessTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-killed-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_bot_killed_mid_onboarding_resumes_at_the_same_question_on_the_same_folder()
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["BoneCoach__Storage__Provider"] = "File",
            ["BoneCoach__Storage__Directory"] = _directory,
        };
        const string conversation = "conv-killed";
        const string userId = "user-killed";

        BotReply joined, lastBeforeKill;
        await using (var first = await BotProcess.StartAsync(settings))
        {
            var user = new EmulatorClient(first.CreateClient(), conversation, userId);
            joined = await user.JoinAsync();
            await user.SayAsync("yes");
            await user.SayAsync("none of these");
            lastBeforeKill = await user.SayAsync("I'm sixty-two");
        }

        await using var second = await BotProcess.StartAsync(settings);
        var answered = await new EmulatorClient(second.CreateClient(), conversation, userId).SayAsync("I'm back");

        Assert.Equal(ScriptTexts.Welcome, joined.Texts);
        Assert.Equal([ScriptTexts.Ask("onboarding", "weight")], lastBeforeKill.Texts);
        var reminder = ScriptTexts.Text("commands", "resumeReminder").Replace("{title}", ScriptTexts.Script["onboarding"].Title);
        Assert.Equal([reminder, ScriptTexts.Ask("onboarding", "weight")], answered.Texts);
    }
}
