using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Wording;

/// <summary>
/// The command a plan-card button sent. Teams turns the button into typed text (msteams imBack); Web Chat and the
/// Emulator send a message with no text and the data as its value, which this reads back as the same word.
/// </summary>
public static class CardSubmit
{
    public static string? Command(IActivity activity) =>
        activity is IMessageActivity { Value: JObject value } && value["command"] is JValue { Type: JTokenType.String } command
            ? command.ToString()
            : null;
}
