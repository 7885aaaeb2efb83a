using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.State;

public sealed class RestartTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-restart-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_bot_restarted_on_the_same_directory_carries_on_where_it_was()
    {
        const string conversation = "conv-restart";
        const string userId = "user-restart";
        await using (var before = StateHost.File(_directory))
        {
            var user = new EmulatorClient(before.CreateClient(), conversation, userId);
            await user.SayAsync("one");
            await user.SayAsync("two");
        }

        await using var after = StateHost.File(_directory);
        var reply = await new EmulatorClient(after.CreateClient(), conversation, userId).SayAsync("three");

        Assert.Equal(["recorded 3"], reply.Texts);
    }

    [Fact]
    public async Task The_coaching_bot_does_not_welcome_again_after_a_restart()
    {
        const string conversation = "conv-welcome";
        const string userId = "user-welcome";
        await using (var before = StateHost.File(_directory, productBot: true))
        {
            var joined = await new EmulatorClient(before.CreateClient(), conversation, userId).JoinAsync();
            Assert.Equal(ScriptTexts.Welcome, joined.Texts);
        }

        await using var after = StateHost.File(_directory, productBot: true);
        var reply = await new EmulatorClient(after.CreateClient(), conversation, userId).SayAsync("hello again");

        Assert.Equal([ScriptTexts.Retry("consent", "keepAnswers")], reply.Texts);
    }

    [Fact]
    public async Task The_default_settings_keep_state_in_files()
    {
        // No storage settings at all but a directory: the product's default provider is File.
        await using var host = StateHost.File(_directory, productBot: true);
        await new EmulatorClient(host.CreateClient()).JoinAsync();

        Assert.IsType<BoneCoachBot.State.FileStorage>(host.Backend);
        Assert.NotEmpty(Directory.GetFiles(_directory, "*.json"));
    }
}
