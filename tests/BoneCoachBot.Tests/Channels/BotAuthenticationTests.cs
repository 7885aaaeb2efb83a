using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BoneCoachBot.Authentication;
using BoneCoachBot.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BoneCoachBot.Tests.ChannelTests;

/// <summary>
/// With an app id, /api/messages refuses every bad token with a clean 401 (or 503 while the signing keys can't be
/// fetched), never a 500 and never processed, logged as one warning that doesn't carry the token. The bot runs as a
/// real process whose SDK fetches its signing keys from a local HTTPS fake of the Bot Framework's metadata.
/// </summary>
[LongRunning]
public sealed partial class BotAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ServiceUrl = "http://127.0.0.1:9/";

    // Generous: the lines come within milliseconds, but test classes run side by side on 2 cores.
    private static readonly TimeSpan LogWait = TimeSpan.FromSeconds(30);

    private FakeBotFrameworkMetadata _metadata = null!;

    public async Task InitializeAsync() => _metadata = await FakeBotFrameworkMetadata.StartAsync();

    public async Task DisposeAsync() => await _metadata.DisposeAsync();

    [Fact]
    public async Task Bad_tokens_get_401_and_one_warning_each_while_a_good_one_is_processed()
    {
        await using var bot = await StartBotAsync(_metadata.MetadataUrl);
        using var client = bot.CreateClient();

        var good = await PostAsync(client, "Bearer " + _metadata.Token(AppId, ServiceUrl));
        Assert.True(good.StatusCode == HttpStatusCode.OK, $"A signed token: {(int)good.StatusCode}\n{bot.Output}");
        Assert.Contains("\"activities\"", await good.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var bad = BadHeaders(_metadata);
        foreach (var (name, header) in bad)
        {
            var response = await PostAsync(client, header);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{name}: {(int)response.StatusCode}\n{bot.Output}");
            Assert.DoesNotContain("\"activities\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A last good request: its turn's log line comes after every line about the bad ones (one console queue, one pipe).
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "Bearer " + _metadata.Token(AppId, ServiceUrl))).StatusCode);
        var output = await bot.OutputWhenAsync(log => ProcessedTurns().Matches(log).Count == 2, LogWait);
        var warnings = output.Split('\n').Select((line, i) => (line, i)).Where(l => l.line.StartsWith("warn: ", StringComparison.Ordinal)).ToList();
        Assert.True(bad.Count == RefusalWarnings().Matches(output).Count && warnings.Count == bad.Count,
            string.Join("\n", warnings.Select(w => string.Join(" ", output.Split('\n').Skip(w.i).Take(2)))));
        Assert.DoesNotMatch(ErrorLines(), output);
        foreach (var (name, header) in bad.Where(b => b.Header.Length > 0))
        {
            var token = header[(header.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            Assert.False(output.Contains(token, StringComparison.Ordinal), $"The log carries the {name} token.");
        }
    }

    [Fact]
    public async Task Unreachable_metadata_gets_503_and_the_activity_is_not_processed()
    {
        // A port nothing listens on: the connection is refused.
        await using var bot = await StartBotAsync($"https://127.0.0.1:{FreePort()}/.well-known/openidconfiguration");
        using var client = bot.CreateClient();
        var response = await PostAsync(client, "Bearer " + _metadata.Token(AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("\"activities\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var failure = nameof(BotAuthenticationFailure.MetadataUnavailable);
        Assert.Contains(failure, await bot.OutputWhenAsync(log => log.Contains(failure, StringComparison.Ordinal), LogWait), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metadata_that_never_answers_gets_503_before_the_metadata_does()
    {
        _metadata.Hang = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var bot = await StartBotAsync(_metadata.MetadataUrl);
        using var client = bot.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(30);
        var response = await PostAsync(client, "Bearer " + _metadata.Token(AppId, ServiceUrl));

        // The metadata endpoint is still holding its request: the bot gave up on it after its own time limit.
        Assert.False(_metadata.Hang.Task.IsCompleted);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private static List<(string Name, string Header)> BadHeaders(FakeBotFrameworkMetadata metadata)
    {
        using var otherKey = RSA.Create(2048);
        var wrongKey = new SigningCredentials(new RsaSecurityKey(otherKey) { KeyId = "local-test-key" }, SecurityAlgorithms.RsaSha256);
        var unsigned = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = FakeBotFrameworkMetadata.Issuer,
            Audience = AppId,
            Expires = DateTime.UtcNow.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
        });
        return
        [
            ("missing", string.Empty),
            ("malformed", "Bearer abc.def.ghi"),
            ("not a JWT", "Bearer not-a-token"),
            ("other scheme", "Basic dXNlcjpwYXNz"),
            ("expired", "Bearer " + metadata.Token(AppId, ServiceUrl, expires: DateTime.UtcNow.AddHours(-2))),
            ("unsigned", "Bearer " + unsigned),
            ("wrong key", "Bearer " + metadata.Token(AppId, ServiceUrl, signing: wrongKey)),
            ("another bot's audience", "Bearer " + metadata.Token("99999999-0000-0000-0000-000000000000", ServiceUrl)),
        ];
    }

    // Setting one of the SDK's endpoint keys switches it to a full parameter set (BotFrameworkAuthenticationFactory):
    // the public cloud's values, with the metadata URL pointing at the fake.
    private Task<BotProcess> StartBotAsync(string metadataUrl) => BotProcess.StartAsync(new Dictionary<string, string>
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
        ["ToBotFromChannelTokenIssuer"] = FakeBotFrameworkMetadata.Issuer,
        ["OAuthUrl"] = "https://api.botframework.com",
        ["CallerId"] = "urn:botframework:azure",
        ["ToBotFromChannelOpenIdMetadataUrl"] = metadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = metadataUrl,
        ["SSL_CERT_FILE"] = _metadata.TrustFile,
    });

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["type"] = "conversationUpdate",
                ["id"] = Guid.NewGuid().ToString("N"),
                ["channelId"] = "msteams",
                ["serviceUrl"] = ServiceUrl,
                ["conversation"] = new JsonObject { ["id"] = "conv-auth", ["conversationType"] = "personal" },
                ["from"] = new JsonObject { ["id"] = "user-auth" },
                ["recipient"] = new JsonObject { ["id"] = "28:" + AppId },
                ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-auth" }),
                ["deliveryMode"] = "expectReplies",
            }),
        };
        if (authorization.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^warn: BoneCoachBot\.Authentication\.BotRequestAuthentication\[1300\]", RegexOptions.Multiline)]
    private static partial Regex RefusalWarnings();

    [GeneratedRegex(@"^(fail|crit): ", RegexOptions.Multiline)]
    private static partial Regex ErrorLines();

    // The adapter's line for each activity it processes.
    [GeneratedRegex(@"^\s+ProcessActivityAsync\s*$", RegexOptions.Multiline)]
    private static partial Regex ProcessedTurns();
}
