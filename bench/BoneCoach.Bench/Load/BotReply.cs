using System.Text.Json;

namespace BoneCoach.Bench.Load;

/// <summary>What a simulated user reads of an expectReplies body: the last question and its buttons.</summary>
public sealed record BotReply(string LastText, IReadOnlyList<string> Choices, bool ShowedCard)
{
    public static readonly BotReply None = new(string.Empty, [], false);

    public static BotReply Parse(string body)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
        {
            return None;
        }

        var text = string.Empty;
        var choices = new List<string>();
        var card = false;
        foreach (var activity in activities.EnumerateArray())
        {
            if (activity.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
            {
                text = t.GetString()!;
                choices.Clear();
            }

            if (activity.TryGetProperty("suggestedActions", out var suggested) && suggested.TryGetProperty("actions", out var actions))
            {
                choices.AddRange(actions.EnumerateArray()
                    .Select(a => a.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty)
                    .Where(v => v.Length > 0));
            }

            card |= activity.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array
                && attachments.EnumerateArray().Any(a => a.TryGetProperty("contentType", out var type)
                    && type.GetString() == "application/vnd.microsoft.card.adaptive");
        }

        return new BotReply(text, choices, card);
    }
}
