using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Hosting;

public sealed class BadRequestTests : IClassFixture<BotHostFactory>
{
    private readonly BotHostFactory _host;

    public BadRequestTests(BotHostFactory host) => _host = host;

    public static TheoryData<string, string, string, HttpStatusCode> Bodies => new()
    {
        { "malformed JSON", "application/json", "{\"type\": \"message\", ", HttpStatusCode.BadRequest },
        { "empty body", "application/json", "", HttpStatusCode.BadRequest },
        { "JSON that is not an activity", "application/json", "[1, 2, 3]", HttpStatusCode.BadRequest },
        { "activity without a type", "application/json", "{\"text\": \"hi\"}", HttpStatusCode.BadRequest },
        { "no serviceUrl", "application/json", "{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"}}", HttpStatusCode.BadRequest },
        { "no conversation", "application/json", "{\"type\":\"message\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:9/\",\"from\":{\"id\":\"u\"}}", HttpStatusCode.BadRequest },
        { "no sender", "application/json", "{\"type\":\"message\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:9/\",\"conversation\":{\"id\":\"c\"}}", HttpStatusCode.BadRequest },
        { "wrong content type", "text/plain", "{\"type\": \"message\"}", HttpStatusCode.UnsupportedMediaType },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_bad_request_gets_a_4xx_and_never_a_500(string why, string contentType, string body, HttpStatusCode expected)
    {
        var http = _host.CreateClient();

        using var response = await http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, contentType));

        Assert.True(expected == response.StatusCode, $"{why}: expected {expected}, got {response.StatusCode}");
    }

    [Fact]
    public async Task An_unknown_activity_type_gets_an_empty_200()
    {
        var user = new EmulatorClient(_host.CreateClient());

        var reply = await user.PostAsync(new JsonObject { ["type"] = "somethingNew" });

        Assert.Equal(200, reply.StatusCode);
        Assert.Empty(reply.Activities);
    }

    [Fact]
    public async Task A_100_KB_message_is_answered_normally()
    {
        var user = new EmulatorClient(_host.CreateClient());

        var reply = await user.SayAsync(new string('a', 100 * 1024));

        Assert.Equal(200, reply.StatusCode);
        Assert.NotEmpty(reply.Texts);
    }

    [Fact]
    public async Task Health_answers_200_with_a_json_status()
    {
        var http = _host.CreateClient();

        using var response = await http.GetAsync("/healthz");
        var status = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["status"]?.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", status);
    }
}
