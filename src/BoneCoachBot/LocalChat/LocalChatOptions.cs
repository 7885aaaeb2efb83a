namespace BoneCoachBot.LocalChat;

/// <summary>
/// The bot's own Direct Line 3.0 compatible channel for the Web Chat page at /: <c>BoneCoach:LocalChat</c>.
/// Checked at start-up by <see cref="LocalChatOptionsValidator"/>.
/// </summary>
public sealed class LocalChatOptions
{
    public const string Section = "BoneCoach:LocalChat";

    /// <summary>True or false to decide; empty: on while the bot has no MicrosoftAppId (local development), off with one.</summary>
    public bool? Enabled { get; set; }

    /// <summary>How long a conversation token lives; Web Chat refreshes it every 15 minutes (Direct Line's own 30-minute lifetime).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Conversations kept in memory; the least recently used goes first. Her record lives in bot state, not here.</summary>
    public int MaxConversations { get; set; } = 1000;

    /// <summary>Activities kept per conversation for the page to poll; older ones are dropped.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 1000;

    /// <summary>Whether the local channel is on, given the bot's app id.</summary>
    public bool IsEnabled(string? microsoftAppId) => Enabled ?? string.IsNullOrWhiteSpace(microsoftAppId);
}
