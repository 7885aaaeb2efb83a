using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BoneCoach.Dialogs;

/// <summary>The user's answer as text and, for an Adaptive Card submit, the submitted value.</summary>
public sealed record PromptInput(string Text, JToken? Submitted)
{
    private static readonly string[] AnswerKeys = ["answer", "value", "choice"];

    /// <summary>Reads the answer from text, or from activity.Value when a card was submitted without text.</summary>
    public static PromptInput From(IActivity activity, string promptId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var message = activity.AsMessageActivity();
        var text = message?.Text;
        if (!string.IsNullOrWhiteSpace(text))
        {
            return new PromptInput(text.Trim(), null);
        }

        var submitted = Pick(message?.Value is null ? null : JToken.FromObject(message.Value), promptId);
        return new PromptInput(AsText(submitted), submitted);
    }

    // Cards post {"<promptId>": ...}, {"answer": ...} or a single field; a bare value is the answer itself.
    private static JToken? Pick(JToken? value, string promptId)
    {
        if (value is not JObject json)
        {
            return value;
        }

        foreach (var key in AnswerKeys.Prepend(promptId))
        {
            if (json.TryGetValue(key, StringComparison.OrdinalIgnoreCase, out var found))
            {
                return found;
            }
        }

        return json.Count == 1 ? json.Properties().First().Value : null;
    }

    private static string AsText(JToken? token) => token switch
    {
        null => string.Empty,
        JValue { Value: null } => string.Empty,
        JValue value => Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? string.Empty,
        _ => string.Empty,
    };
}
