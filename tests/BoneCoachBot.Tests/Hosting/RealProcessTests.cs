using System.Net;
using System.Text;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Hosting;

/// <summary>The bot as an operator runs it: its own process, Kestrel on a real port, production environment.</summary>
[LongRunning]
public sealed class RealProcessTests(RealProcessTests.ProductionBot production) : IClassFixture<RealProcessTests.ProductionBot>
{
    // With the start-up warm-up, as in production (other child bots skip it: Support/BotProcess).
    private static readonly Dictionary<string, string> Production = new() { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["BoneCoach__Startup__WarmUp"] = "true" };

    /// <summary>
    /// One process for both tests (a start with the warm-up took 4 s of CPU in the test run): each talks as her own user,
    /// and the process must answer and stay healthy whichever test ran first.
    /// </summary>
    public sealed class ProductionBot : IAsyncLifetime
    {
        public BotProcess Bot { get; private set; } = null!;

        public async Task InitializeAsync() => Bot = await BotProcess.StartAsync(Production);

        public async Task DisposeAsync() => await Bot.DisposeAsync();
    }

    [Fact]
    public async Task A_bot_process_greets_and_answers_in_the_response_body()
    {
        var user = new EmulatorClient(production.Bot.CreateClient());

        var joined = await user.JoinAsync();
        var answered = await user.SayAsync("hello");

        Assert.Equal(ScriptTexts.Welcome, joined.Texts);
        Assert.Equal([ScriptTexts.Ask("consent", "keepAnswers")], answered.Texts);
    }

    [Fact]
    public async Task Bad_requests_leave_the_process_running_and_healthy()
    {
        var bot = production.Bot;
        // Kestrel answers 413 from the Content-Length alone and closes the connection. A client still writing the body then
        // fails on the reset without reading the answer (it failed CI once). Announcing the body with "Expect: 100-continue",
        // as curl does for large uploads, and waiting for the server's go-ahead makes the 413 the reply every time.
        using var http = bot.CreateClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) });
        string[] bodies = ["{not json", "", "null", "{\"type\":\"message\"}", "{\"type\":\"message\",\"text\":\"" + new string('x', 600 * 1024) + "\"}"];

        var statuses = new List<HttpStatusCode>();
        foreach (var body in bodies)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.ExpectContinue = true;
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        using var health = await http.GetAsync("/healthz");

        Assert.Equal([400, 400, 400, 400, 413], statuses.Select(status => (int)status));
        Assert.False(bot.HasExited, bot.Output);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
