using System.Diagnostics;
using System.Net;
using BoneCoachBot.Tests.State;
using BoneCoachBot.Tests.Support;
using Xunit.Abstractions;

namespace BoneCoachBot.Tests.Reliability;

/// <summary>
/// Issue 16's reliability suite, part 3: the bot on Blob storage (its own Azurite, loopback) while Azurite is
/// stopped, frozen (SIGSTOP) and wiped. Each fault costs a kind reply within 10 s, /healthz says so, and the bot
/// recovers when storage does, without a restart.
/// </summary>
[LongRunning]
public sealed class StorageFaultSuiteTests(ITestOutputHelper output)
{
    private static readonly TimeSpan KindReplyWithin = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Azurite_stopped_frozen_and_wiped_costs_kind_replies_within_ten_seconds_and_the_bot_recovers_without_a_restart()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        await using var host = BlobResilienceTests.ProductHost(azurite.ConnectionString, "faults");
        var http = host.CreateClient();
        var user = new EmulatorClient(http, "faults-conversation", "faults-user");
        Assert.Equal(ScriptTexts.Welcome, (await user.JoinAsync()).Texts);

        // Stopped (killed): refused connections. Started again on the same folder; a killed Azurite may lose its
        // last seconds of data, so recovery means a proper reply again, not a particular one.
        await azurite.StopAsync();
        await AssertKindOutageAsync(http, user, "stopped");
        await azurite.StartAsync();
        await AssertRecoveredAsync(http, user, "yes", "stopped");

        // Frozen: the port accepts, nothing answers. Thawed: it answers again.
        await azurite.FreezeAsync();
        await AssertKindOutageAsync(http, user, "frozen");
        await azurite.ThawAsync();
        await AssertRecoveredAsync(http, user, "yes", "frozen");

        // Wiped: the container and everything in it gone. The bot creates it again and starts her afresh, kindly.
        await azurite.WipeAsync();
        var (afterWipe, elapsed) = await TimedAsync(() => user.SayAsync("62"));
        output.WriteLine($"wiped: HTTP {afterWipe.StatusCode} in {elapsed.TotalMilliseconds:F0} ms, {(afterWipe.Texts.SequenceEqual(ScriptTexts.Welcome) ? "welcomed afresh" : "unexpected reply")}");
        Assert.Equal(200, afterWipe.StatusCode);
        Assert.Equal(ScriptTexts.Welcome, afterWipe.Texts);
        Assert.True(elapsed < KindReplyWithin, $"After the wipe the turn took {elapsed.TotalSeconds:F1} s.");
        Assert.Equal(HttpStatusCode.OK, await HealthAsync(http));
    }

    /// <summary>
    /// Issue 16, failure 6 (hung storage) on its own, with no /healthz step before it: a frozen Azurite used to hold
    /// each turn for about two minutes (the SDK's retries, each waiting out its network time-out).
    /// </summary>
    [Fact]
    public async Task A_frozen_storage_costs_a_kind_reply_within_ten_seconds_and_the_next_turn_after_the_thaw_is_answered()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        await using var host = BlobResilienceTests.ProductHost(azurite.ConnectionString, "frozen");
        var user = new EmulatorClient(host.CreateClient(), "frozen-conversation", "frozen-user");
        Assert.Equal(ScriptTexts.Welcome, (await user.JoinAsync()).Texts);

        await azurite.FreezeAsync();
        var (frozen, elapsed) = await TimedAsync(() => user.SayAsync("yes"));
        await azurite.ThawAsync();
        var thawed = await user.SayAsync("yes");

        output.WriteLine($"frozen: HTTP {frozen.StatusCode} in {elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(200, frozen.StatusCode);
        Assert.Equal([AdapterWithErrorHandler.ApologyText], frozen.Texts);
        Assert.True(elapsed < KindReplyWithin, $"With Azurite frozen the turn took {elapsed.TotalSeconds:F1} s.");
        Assert.Equal(200, thawed.StatusCode);
        Assert.DoesNotContain(AdapterWithErrorHandler.ApologyText, thawed.Texts);
    }

    private async Task AssertKindOutageAsync(HttpClient http, EmulatorClient user, string fault)
    {
        var (reply, elapsed) = await TimedAsync(() => user.SayAsync("yes"));
        var health = await HealthAsync(http);
        output.WriteLine($"{fault}: HTTP {reply.StatusCode} in {elapsed.TotalMilliseconds:F0} ms, {(reply.Texts.SequenceEqual([AdapterWithErrorHandler.ApologyText]) ? "the apology" : "unexpected reply")}; /healthz {(int)health}");
        Assert.Equal(200, reply.StatusCode);
        Assert.Equal([AdapterWithErrorHandler.ApologyText], reply.Texts);
        Assert.True(elapsed < KindReplyWithin, $"With Azurite {fault} the turn took {elapsed.TotalSeconds:F1} s.");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health);
    }

    private async Task AssertRecoveredAsync(HttpClient http, EmulatorClient user, string answer, string fault)
    {
        var reply = await user.SayAsync(answer);
        output.WriteLine($"after {fault}: HTTP {reply.StatusCode}, {reply.Texts.Count} replies, {(reply.Texts.Contains(AdapterWithErrorHandler.ApologyText) ? "still the apology" : "a proper reply")}");
        Assert.Equal(200, reply.StatusCode);
        Assert.NotEmpty(reply.Texts);
        Assert.DoesNotContain(AdapterWithErrorHandler.ApologyText, reply.Texts);
        Assert.Equal(HttpStatusCode.OK, await HealthAsync(http));
    }

    private static async Task<HttpStatusCode> HealthAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/healthz");
        return response.StatusCode;
    }

    private static async Task<(BotReply Reply, TimeSpan Elapsed)> TimedAsync(Func<Task<BotReply>> send)
    {
        var timer = Stopwatch.StartNew();
        var reply = await send();
        return (reply, timer.Elapsed);
    }
}
