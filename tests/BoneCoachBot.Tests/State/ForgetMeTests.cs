using System.Text.Json.Nodes;
using BoneCoachBot.State;
using BoneCoachBot.Tests.Support;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Tests.State;

public sealed class ForgetMeTests(AzuriteFixture azurite) : IDisposable, IClassFixture<AzuriteFixture>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-forget-").FullName;
    private readonly string _container = azurite.NewContainerName();

    public static TheoryData<string> Providers => new() { "Memory", "File", "Blob" };

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Forget_me_leaves_no_item_of_the_user_or_the_conversation(string provider)
    {
        await using var host = provider switch
        {
            "Memory" => StateHost.Memory(),
            "File" => StateHost.File(_directory),
            _ => StateHost.Blob(azurite.ConnectionString, _container),
        };
        var user = new EmulatorClient(host.CreateClient(), "conv-forget", "29:user/forget@example.com");
        await user.SayAsync("my answer");
        await user.SayAsync("another answer");
        Assert.Equal(2, await CountItemsAsync(host, provider));

        var reply = await user.SayAsync(RecordingBot.ForgetMeText);

        Assert.Equal(["forgotten"], reply.Texts);
        Assert.Equal(0, await CountItemsAsync(host, provider));
        var subject = Assert.Single(host.ForgetMeHook.Subjects);
        Assert.Equal(new ForgetMeSubject("emulator", user.UserId, user.ConversationId), subject);
    }

    [Fact]
    public async Task Forget_me_outside_a_turn_pipeline_deletes_at_once()
    {
        var backend = new InMemoryStorage();
        var storage = new TurnScopedStorage(backend);
        var conversationState = new ConversationState(storage);
        var userState = new UserState(storage);
        var hook = new RecordingForgetMeHook();
        var forgetMe = new ForgetMeService(conversationState, userState, storage, new UserConversations(userState), [hook],
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ForgetMeService>.Instance);
        var context = new TurnContext(new Microsoft.Bot.Builder.Adapters.TestAdapter(), new Microsoft.Bot.Schema.Activity
        {
            Type = Microsoft.Bot.Schema.ActivityTypes.Message,
            ChannelId = "test",
            Conversation = new Microsoft.Bot.Schema.ConversationAccount(id: "c1"),
            From = new Microsoft.Bot.Schema.ChannelAccount("u1"),
        });
        await userState.CreateProperty<UserTally>(nameof(UserTally)).SetAsync(context, new UserTally { Messages = 1 });
        await conversationState.CreateProperty<MessageLog>(nameof(MessageLog)).SetAsync(context, new MessageLog());
        await userState.SaveChangesAsync(context);
        await conversationState.SaveChangesAsync(context);
        Assert.Equal(2, backend.Count);

        await forgetMe.ForgetAsync(context, CancellationToken.None);

        Assert.Equal(0, backend.Count);
        Assert.Single(hook.Subjects);
    }

    private async Task<int> CountItemsAsync(StateHost host, string provider) => provider switch
    {
        "Memory" => ((InMemoryStorage)host.Backend).Count,
        "File" => Directory.GetFiles(_directory, "*.json").Length,
        _ => await CountBlobsAsync(),
    };

    private async Task<int> CountBlobsAsync()
    {
        var count = 0;
        await foreach (var blob in azurite.Container(_container).GetBlobsAsync())
        {
            // Commit lock blobs are named by stripe number and hold nothing.
            count += blob.Name.StartsWith(".locks/", StringComparison.Ordinal) ? 0 : 1;
        }

        return count;
    }
}
