using System.Diagnostics;
using System.Text.Json.Nodes;
using BoneCoachBot.Tests.Support;
using Microsoft.Bot.Schema;
using Xunit.Abstractions;

namespace BoneCoachBot.Tests.State;

public sealed class TurnPipelineOverHttpTests(AzuriteFixture azurite, ITestOutputHelper output) : IDisposable, IClassFixture<AzuriteFixture>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-pipeline-").FullName;

    public static TheoryData<string> Providers => new() { "Memory", "File", "Blob" };

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Fifty_messages_sent_at_once_to_one_conversation_are_each_recorded_exactly_once(string provider)
    {
        await using var host = HostFor(provider);
        var user = new EmulatorClient(host.CreateClient());
        var ids = Enumerable.Range(1, 50).Select(n => $"m{n:00}-{Guid.NewGuid():N}").ToList();

        var clock = Stopwatch.StartNew();
        var replies = await Task.WhenAll(ids.Select(id => user.PostAsync(new JsonObject { ["type"] = "message", ["text"] = "answer", ["id"] = id })));
        clock.Stop();

        var log = await host.LogOfAsync(user.ConversationId);
        Assert.All(replies, reply => Assert.Equal(200, reply.StatusCode));
        Assert.Equal(ids.Order(), log.Order());
        // Each turn saw the one before it: the replies count 1..50 with no repeats.
        Assert.Equal(Enumerable.Range(1, 50).Select(n => $"recorded {n}"), replies.Select(r => Assert.Single(r.Texts)).OrderBy(t => int.Parse(t[9..])));
        output.WriteLine($"{provider}: 50 concurrent messages in {clock.ElapsedMilliseconds} ms ({clock.ElapsedMilliseconds / 50.0:F1} ms/turn), {host.Attempts.Retries} retries");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Turns_one_after_another_each_see_the_one_before(string provider)
    {
        await using var host = HostFor(provider);
        var user = new EmulatorClient(host.CreateClient());
        await user.SayAsync("warm-up");
        var texts = new List<string>();

        var clock = Stopwatch.StartNew();
        for (var n = 0; n < 20; n++)
        {
            texts.Add(Assert.Single((await user.SayAsync("answer")).Texts));
        }

        clock.Stop();
        Assert.Equal(Enumerable.Range(2, 20).Select(n => $"recorded {n}"), texts);
        output.WriteLine($"{provider}: sequential turn latency {clock.ElapsedMilliseconds / 20.0:F1} ms (over HTTP on TestServer)");
    }

    [Fact]
    public async Task A_proactive_turn_racing_a_user_turn_keeps_both_effects()
    {
        await using var host = HostFor("File");
        var user = new EmulatorClient(host.CreateClient());
        host.Gate.BlockText = "slow answer";

        var userTurn = user.PostAsync(new JsonObject { ["type"] = "message", ["text"] = "slow answer", ["id"] = "user-1" });
        await host.Gate.Entered;
        var proactiveTurn = host.RunProactiveAsync(ReferenceTo(user, "http://127.0.0.1:9/"), "check-in");
        host.Gate.Release();
        await Task.WhenAll(userTurn, proactiveTurn);

        Assert.Equal(["check-in", "user-1"], (await host.LogOfAsync(user.ConversationId)).Order());
    }

    [Fact]
    public async Task A_turn_whose_state_changed_on_another_instance_runs_again_and_replies_once_to_the_channel()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var first = HostFor("Blob");
        await using var second = StateHost.Blob(azurite.ConnectionString, _blobContainer);
        var user = new EmulatorClient(first.CreateClient());
        first.Gate.BlockText = "slow answer";

        var userTurn = user.PostAsync(new JsonObject
        {
            ["type"] = "message", ["text"] = "slow answer", ["id"] = "user-1",
            ["deliveryMode"] = "normal", ["serviceUrl"] = connector.ServiceUrl,
        });
        await first.Gate.Entered;
        await second.RunProactiveAsync(ReferenceTo(user, connector.ServiceUrl), "check-in");
        first.Gate.Release();
        var reply = await userTurn;

        Assert.Equal(200, reply.StatusCode);
        Assert.Equal(2, first.Attempts.For("user-1"));
        Assert.Equal(["check-in", "user-1"], (await first.LogOfAsync(user.ConversationId)).Order());
        // The abandoned first attempt ("recorded 1") never reached the user.
        Assert.Equal(["recorded 2"], connector.Texts);
    }

    [Theory]
    [InlineData("Blob")]
    [InlineData("File")]
    public async Task Two_instances_on_one_store_taking_turns_at_once_lose_no_update(string provider)
    {
        // Each conflict means the other instance saved a turn, so 100 attempts can't run out with 20 messages
        // each: the test can fail only on a lost or doubled update.
        await using var first = HostFor(provider).With("BoneCoach:Storage:MaxTurnAttempts", "100");
        await using var second = HostFor(provider).With("BoneCoach:Storage:MaxTurnAttempts", "100");
        var conversation = "conv-" + Guid.NewGuid().ToString("N")[..8];
        var viaFirst = new EmulatorClient(first.CreateClient(), conversation, "user-a");
        var viaSecond = new EmulatorClient(second.CreateClient(), conversation, "user-a");
        var ids = Enumerable.Range(1, 40).Select(n => $"m{n:00}").ToList();

        var clock = Stopwatch.StartNew();
        var replies = await Task.WhenAll(ids.Select((id, n) => (n % 2 == 0 ? viaFirst : viaSecond)
            .PostAsync(new JsonObject { ["type"] = "message", ["text"] = "answer", ["id"] = id })));
        clock.Stop();

        Assert.All(replies, reply => Assert.Equal(200, reply.StatusCode));
        Assert.Equal(ids, (await first.LogOfAsync(conversation)).Order());
        Assert.Equal(Enumerable.Range(1, 40).Select(n => $"recorded {n}"), replies.Select(r => Assert.Single(r.Texts)).OrderBy(t => int.Parse(t[9..])));
        output.WriteLine($"{provider}: two instances, 40 interleaved turns in {clock.ElapsedMilliseconds} ms; retries: {first.Attempts.Retries} + {second.Attempts.Retries}");
    }

    private readonly string _blobContainer = azurite.NewContainerName();

    private StateHost HostFor(string provider) => provider switch
    {
        "Memory" => StateHost.Memory(),
        "File" => StateHost.File(_directory),
        _ => StateHost.Blob(azurite.ConnectionString, _blobContainer),
    };

    private static ConversationReference ReferenceTo(EmulatorClient user, string serviceUrl) => new()
    {
        ChannelId = "emulator",
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount(id: user.ConversationId),
        User = new ChannelAccount(user.UserId),
        Bot = new ChannelAccount(EmulatorClient.BotId),
    };
}
