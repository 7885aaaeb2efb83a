using Microsoft.Bot.Schema;

namespace BoneCoachBot.State;

/// <summary>The storage keys ConversationState and UserState use for an activity (the SDK's conventions).</summary>
public static class StateKeys
{
    /// <summary><c>{channelId}/conversations/{conversationId}</c>, or null when the activity names no conversation.</summary>
    public static string? Conversation(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        return string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(conversationId)
            ? null
            : $"{activity.ChannelId}/conversations/{conversationId}";
    }

    /// <summary><c>{channelId}/users/{userId}</c>, or null when the activity has no sender.</summary>
    public static string? User(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var userId = activity.From?.Id;
        return string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(userId)
            ? null
            : $"{activity.ChannelId}/users/{userId}";
    }

    /// <summary>The keys a turn guards, in the order it saves them: conversation first, then user.</summary>
    public static IReadOnlyList<string> ForTurn(IActivity activity) =>
        new[] { Conversation(activity), User(activity) }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
