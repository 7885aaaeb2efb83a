using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.State;

/// <summary>Issue 16, failure 6: Blob storage that disappears or stops answering costs a kind reply, not the bot.</summary>
public sealed class BlobResilienceTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_deleted_container_is_created_again_by_the_next_turn_without_a_restart()
    {
        var name = azurite.NewContainerName();
        await using var host = ProductHost(azurite.ConnectionString, name);
        var user = new EmulatorClient(host.CreateClient());
        await user.JoinAsync();
        await user.SayAsync("yes");

        await azurite.Container(name).DeleteAsync();
        var afterWipe = await new EmulatorClient(host.CreateClient()).JoinAsync();

        Assert.Equal(200, afterWipe.StatusCode);
        Assert.Equal(ScriptTexts.Welcome, afterWipe.Texts);
        Assert.True((await azurite.Container(name).ExistsAsync()).Value);
    }

    [Fact]
    public async Task Health_reports_reachable_blob_storage_as_ok()
    {
        await using var host = ProductHost(azurite.ConnectionString, azurite.NewContainerName());

        using var response = await host.CreateClient().GetAsync("/healthz");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", body.RootElement.GetProperty("storage").GetString());
    }

    [Fact]
    public async Task Unreachable_blob_storage_is_a_503_on_health_and_a_kind_reply_within_ten_seconds()
    {
        var nobody = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevKey(azurite.ConnectionString)};BlobEndpoint=http://127.0.0.1:{ClosedPort()}/devstoreaccount1;";
        await using var host = ProductHost(nobody, "unreachable");

        using var health = await host.CreateClient().GetAsync("/healthz");
        var timer = Stopwatch.StartNew();
        var reply = await new EmulatorClient(host.CreateClient()).JoinAsync();
        timer.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(200, reply.StatusCode);
        Assert.Equal([AdapterWithErrorHandler.ApologyText], reply.Texts);
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(10), $"The turn took {timer.Elapsed.TotalSeconds:F1} s.");
    }

    public static BotHostFactory ProductHost(string connectionString, string container) => new BotHostFactory()
        .With("BoneCoach:Storage:Provider", "Blob")
        .With("BoneCoach:Storage:ConnectionString", connectionString)
        .With("BoneCoach:Storage:ContainerName", container);

    private static string DevKey(string connectionString) =>
        connectionString.Split(';').First(part => part.StartsWith("AccountKey=", StringComparison.Ordinal))["AccountKey=".Length..];

    // A port that was free a moment ago: connections to it are refused.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
