using System.Net;
using BoneCoachBot.Tests.State;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.CheckIns;

/// <summary>The manual path in the Emulator: the bot as its own process in Development, a reminder set in the chat,
/// and POST /api/notify sending it to the channel's serviceUrl (here a fake connector standing in for the Emulator).</summary>
public sealed class EmulatorReminderTests
{
    [Fact]
    public async Task In_development_the_notify_trigger_sends_her_reminder_from_a_real_process()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" });
        var user = new CheckInUser(new EmulatorClient(bot.CreateClient()), connector.ServiceUrl);
        await user.ConsentAsync();
        await user.SayAsync("remind me on Sundays at 9");

        using var http = bot.CreateClient();
        using var response = await http.PostAsync("/api/notify?force=true", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"sent\":1}", await response.Content.ReadAsStringAsync());
        var reminder = Assert.Single(connector.Received);
        Assert.Contains("check-in time", reminder.GetProperty("text").GetString());
    }
}
