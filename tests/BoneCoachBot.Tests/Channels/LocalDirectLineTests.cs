using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BoneCoachBot.Hosting;
using BoneCoachBot.LocalChat;
using BoneCoachBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.Tests.ChannelTests;

/// <summary>The bot's own Direct Line 3.0 endpoint for the Web Chat page, and the production token swap.</summary>
public sealed class LocalDirectLineTests
{
    [Fact]
    public async Task Her_message_comes_back_with_its_clientActivityID_before_the_bot_answers()
    {
        using var bot = new BotHostFactory();
        var chat = new DirectLineClient(bot.CreateClient());
        await chat.StartAsync();
        var welcome = await chat.PollAsync();
        Assert.Contains(welcome, a => a.GetProperty("from").GetProperty("role").GetString() == "bot");

        var id = await chat.SayAsync("yes", "client-1");
        var activities = await chat.PollAsync();

        var echo = activities[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("client-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal(chat.UserId, echo.GetProperty("from").GetProperty("id").GetString());
        Assert.True(activities.Count > 1, "The bot answered in the same conversation.");
        Assert.All(activities.Skip(1), a => Assert.Equal("bot", a.GetProperty("from").GetProperty("role").GetString()));
        Assert.Empty(await chat.PollAsync());
    }

    [Fact]
    public async Task A_token_opens_only_its_own_conversation()
    {
        using var bot = new BotHostFactory();
        var mine = new DirectLineClient(bot.CreateClient());
        var hers = new DirectLineClient(bot.CreateClient());
        await mine.StartAsync();
        await hers.StartAsync();

        var path = $"/v3/directline/conversations/{hers.ConversationId}/activities";
        using var withMyToken = await mine.SendAsync(HttpMethod.Get, path);
        using var postWithMyToken = await mine.SendAsync(HttpMethod.Post, path, new() { ["type"] = "message", ["text"] = "hi" });
        using var withNoToken = await mine.SendAsync(HttpMethod.Get, path, token: "not-a-token");

        Assert.NotEqual(mine.Token, hers.Token);
        Assert.Equal(HttpStatusCode.Forbidden, withMyToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, postWithMyToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withNoToken.StatusCode);
        Assert.DoesNotContain(await hers.PollAsync(), a => a.TryGetProperty("text", out var text) && text.GetString() == "hi");
    }

    [Fact]
    public async Task A_page_reload_is_the_same_user_in_a_new_conversation_and_a_forged_cookie_is_a_new_user()
    {
        using var bot = new BotHostFactory();
        var browser = bot.CreateClient();
        var first = new DirectLineClient(browser);
        var reloaded = new DirectLineClient(browser);
        var otherBrowser = new DirectLineClient(bot.CreateClient());
        var forging = bot.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        forging.DefaultRequestHeaders.Add("Cookie", $"{WebChatUser.CookieName}={first.UserId}");
        await first.StartAsync();
        await reloaded.StartAsync();
        await otherBrowser.StartAsync();

        using var forged = await forging.PostAsync(DirectLineTokenEndpoint.Path, null);
        var forgedUser = (await forged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetString();

        Assert.Equal(first.UserId, reloaded.UserId);
        Assert.NotEqual(first.ConversationId, reloaded.ConversationId);
        Assert.NotEqual(first.UserId, otherBrowser.UserId);
        Assert.NotEqual(first.UserId, forgedUser);
        var cookie = Assert.Single(forged.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(forgedUser!, cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_local_channel_is_off_when_the_bot_has_an_app_id_unless_enabled()
    {
        using var withAppId = new BotHostFactory().With("MicrosoftAppId", "11111111-2222-3333-4444-555555555555");
        using var off = await withAppId.CreateClient().PostAsync("/v3/directline/conversations", null);
        using var noToken = await withAppId.CreateClient().PostAsync("/api/directline/token", null);
        Assert.Equal(HttpStatusCode.NotFound, off.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noToken.StatusCode);
        Assert.Contains("BoneCoach:DirectLine:Secret", await noToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var enabled = new BotHostFactory()
            .With("MicrosoftAppId", "11111111-2222-3333-4444-555555555555")
            .With("BoneCoach:LocalChat:Enabled", "true");
        var chat = new DirectLineClient(enabled.CreateClient());
        await chat.StartAsync();
        Assert.NotEmpty(await chat.PollAsync());
    }

    [Fact]
    public void A_bad_local_chat_setting_stops_start_up_naming_its_key()
    {
        var failure = SettingsCheck.Refuses(services => services.AddLocalChat(), "BoneCoach:LocalChat:TokenLifetime", "00:00:05");
        Assert.Contains("BoneCoach:LocalChat:TokenLifetime", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_endpoint_swaps_the_secret_for_a_token_and_never_hands_out_the_secret()
    {
        const string Secret = "direct-line-secret-for-tests";
        await using var directLine = await FakeDirectLine.StartAsync(Secret);
        using var bot = new BotHostFactory()
            .With("MicrosoftAppId", "11111111-2222-3333-4444-555555555555")
            .With("BoneCoach:DirectLine:Secret", Secret)
            .With("BoneCoach:DirectLine:BaseUrl", directLine.BaseUrl);

        using var response = await bot.CreateClient().PostAsync("/api/directline/token", null);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.Equal(FakeDirectLine.IssuedToken, answer.GetProperty("token").GetString());
        Assert.Equal(directLine.BaseUrl + "v3/directline", answer.GetProperty("domain").GetString());
        Assert.Equal(answer.GetProperty("userId").GetString(), directLine.RequestedUserId);
        Assert.StartsWith("dl_", directLine.RequestedUserId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_secret_gets_a_502_not_a_token()
    {
        await using var directLine = await FakeDirectLine.StartAsync("the-right-secret");
        using var bot = new BotHostFactory()
            .With("MicrosoftAppId", "11111111-2222-3333-4444-555555555555")
            .With("BoneCoach:DirectLine:Secret", "a-wrong-secret")
            .With("BoneCoach:DirectLine:BaseUrl", directLine.BaseUrl);

        using var response = await bot.CreateClient().PostAsync("/api/directline/token", null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain("secret", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_reminder_reaches_the_open_page()
    {
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" });
        var chat = new DirectLineClient(bot.CreateClient());
        await chat.StartAsync();
        await chat.SayAsync("yes", "c-1");
        await chat.SayAsync("remind me on Sundays at 9", "c-2");
        await chat.PollAsync();

        using var notify = await bot.CreateClient().PostAsync("/api/notify?force=true", null);
        Assert.Equal("{\"sent\":1}", await notify.Content.ReadAsStringAsync());

        var reminder = Assert.Single(await chat.PollAsync());
        Assert.Contains("check-in time", reminder.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("bot", reminder.GetProperty("from").GetProperty("role").GetString());
    }

    /// <summary>Azure's Direct Line token endpoint, in its real HTTP shape, on loopback.</summary>
    private sealed class FakeDirectLine : IAsyncDisposable
    {
        public const string IssuedToken = "issued-conversation-token";

        private readonly WebApplication _app;

        private FakeDirectLine(WebApplication app) => _app = app;

        public string BaseUrl { get; private set; } = string.Empty;

        public string? RequestedUserId { get; private set; }

        public static async Task<FakeDirectLine> StartAsync(string secret)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var fake = new FakeDirectLine(app);
            app.MapPost("/v3/directline/tokens/generate", async (HttpContext http) =>
            {
                if (http.Request.Headers.Authorization != "Bearer " + secret)
                {
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }

                var request = await http.Request.ReadFromJsonAsync<JsonElement>();
                fake.RequestedUserId = request.GetProperty("user").GetProperty("id").GetString();
                return Results.Json(new Dictionary<string, object> { ["conversationId"] = "abc123", ["token"] = IssuedToken, ["expires_in"] = 3600 });
            });
            await app.StartAsync();
            fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
            return fake;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
