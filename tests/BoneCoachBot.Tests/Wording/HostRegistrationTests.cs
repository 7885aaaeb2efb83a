using BoneCoachBot.Wording;
using BoneCoachBot.Tests.Support;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.Wording;

public sealed class HostRegistrationTests
{
    [Fact]
    public void The_host_serves_coaching_messages_worded_from_the_shipped_dialogs()
    {
        using var host = new BotHostFactory();

        var messages = host.Services.GetRequiredService<ICoachingMessages>();

        Assert.IsType<CoachingMessages>(messages);
        Assert.Contains("72 g", messages.PlanText(Personas.WeakLoadingStrongMinerals()));
    }

    [Fact]
    public void A_summary_button_press_from_web_chat_reads_back_as_the_summary_command()
    {
        var card = (JObject)ShippedWording.Messages.PlanMessage(Personas.WeakLoadingStrongMinerals(), "webchat").Attachments[0].Content;
        var data = (JObject)card["actions"]![0]!["data"]!;
        var pressed = new Activity { Type = ActivityTypes.Message, Value = data };

        Assert.Equal("summary", CardSubmit.Command(pressed));
        Assert.Null(CardSubmit.Command(new Activity { Type = ActivityTypes.Message, Text = "summary" }));
    }
}
