using System.Text.Json;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>Tells the plan card from the other Adaptive Cards of a chat (a list question's multi-select card).</summary>
public static class PlanCards
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    // The plan card speaks its whole text; a list question's card carries only the choices.
    public static bool IsPlan(JsonElement activity) =>
        activity.TryGetProperty("attachments", out var attachments)
        && attachments.EnumerateArray().Any(a => a.GetProperty("contentType").GetString() == AdaptiveCard
            && a.TryGetProperty("content", out var content) && content.TryGetProperty("speak", out _));
}
