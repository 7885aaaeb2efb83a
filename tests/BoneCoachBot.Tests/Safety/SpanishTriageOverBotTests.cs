using System.Text.Json.Nodes;
using BoneCoachBot.Safety;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Support;
using Xunit.Abstractions;

namespace BoneCoachBot.Tests.Safety;

/// <summary>
/// The Spanish half of the triage corpus typed over the real adapter by women whose channel says es-ES or es-MX (in turn),
/// at the consent question (triage comes first; the whole corpus is also typed at later questions by
/// <see cref="TriageCorpusOverBotTests"/>): every emergency and crisis gets its reply alone with the number of her country (112 and
/// Línea 024 in Spain, 911 and Línea de la Vida in Mexico), and no near-miss gets either. Read by the numbers, so the test
/// holds whatever language the wording is in.
/// </summary>
public sealed class SpanishTriageOverBotTests(ITestOutputHelper output, CoachingHost host) : IClassFixture<CoachingHost>
{
    private static readonly (string Locale, string Emergency, string Crisis)[] Countries =
    [
        ("es-ES", "112", "024"),
        ("es-MX", "911", "800 911 2000"),
    ];

    private readonly CoachingHost _host = host;

    [Fact]
    public async Task Every_spanish_emergency_and_crisis_gets_her_countrys_number_and_no_near_miss_does()
    {
        var score = new TriageScore();
        var messages = TriageCorpus.Spanish.Where(m => m.Expected != TriageClass.Urgent).ToList();
        for (var i = 0; i < messages.Count; i++)
        {
            var country = Countries[i % Countries.Length];
            var client = new EmulatorClient(_host.CreateClient());
            Assert.Equal(200, (await client.PostAsync(new JsonObject { ["type"] = "conversationUpdate", ["locale"] = country.Locale,
                ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = client.UserId }, new JsonObject { ["id"] = EmulatorClient.BotId }) })).StatusCode);

            var reply = await client.PostAsync(new JsonObject { ["type"] = "message", ["text"] = messages[i].Text, ["locale"] = country.Locale });

            score.Add(messages[i], Read(reply.Texts, country));
        }

        output.WriteLine(score.Report("Spanish over the bot, es-ES and es-MX"));
        Assert.Equal(1.0, score.Recall(TriageClass.Emergency));
        Assert.Equal(1.0, score.Recall(TriageClass.Crisis));
        Assert.Equal(1.0, score.Recall(TriageClass.Distress));
        Assert.Equal(0.0, score.NearMissAlarmRate);
    }

    [Theory]
    [InlineData("es-ES", "Europe/Madrid", "112")]
    [InlineData("es-MX", "America/Mexico_City", "911")]
    [InlineData("es-US", "America/Los_Angeles", "911")]
    [InlineData("es-MX", null, "911")]
    [InlineData("es-CL", "America/Santiago", "131")]
    [InlineData("es-AR", null, "107")]
    [InlineData("es-419", "America/Lima", "106")]
    public async Task The_emergency_number_follows_her_time_zone_then_her_locales_region(string locale, string? timeZone, string number)
    {
        var client = new EmulatorClient(_host.CreateClient());
        var message = new JsonObject { ["type"] = "message", ["text"] = "me caí y no me puedo levantar", ["locale"] = locale };
        if (timeZone is not null)
        {
            message["localTimezone"] = timeZone;
        }

        var reply = await client.PostAsync(message);

        Assert.Contains(number, Assert.Single(reply.Texts), StringComparison.Ordinal);
    }

    // The emergency or crisis reply comes alone; the crisis reply names the crisis line, the emergency reply only the number;
    // the question about thoughts of ending her life names both and ends with its question.
    private static TriageClass Read(IReadOnlyList<string> reply, (string Locale, string Emergency, string Crisis) country) =>
        reply.Count != 1 ? TriageClass.None
        : reply[0].Contains(country.Crisis, StringComparison.Ordinal) && reply[0].EndsWith('?') ? TriageClass.Distress
        : reply[0].Contains(country.Crisis, StringComparison.Ordinal) ? TriageClass.Crisis
        : reply[0].Contains(country.Emergency, StringComparison.Ordinal) ? TriageClass.Emergency
        : TriageClass.None;
}
