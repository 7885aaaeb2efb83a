using Microsoft.Bot.Connector;

namespace BoneCoach.Dialogs;

/// <summary>What a channel can show for choices.</summary>
public static class ChannelCapabilities
{
    private const string TeamsPersonalChat = "personal";

    /// <summary>How many suggested actions the channel shows; 0 when it has none.</summary>
    public static int MaxSuggestedActions(string? channelId, string? conversationType) => channelId switch
    {
        Channels.Emulator or Channels.Webchat or Channels.Directline or Channels.DirectlineSpeech or Channels.Telegram => 100,

        // Teams shows suggested actions only in personal chat, and at most three.
        Channels.Msteams => string.Equals(conversationType, TeamsPersonalChat, StringComparison.OrdinalIgnoreCase) ? 3 : 0,
        Channels.Facebook or Channels.Skype => 10,
        Channels.Line => 13,
        _ => 0,
    };

    /// <summary>Whether <paramref name="count"/> buttons fit on a card on this channel (the SDK's Channel.SupportsCardActions).</summary>
    public static bool SupportsCardActions(string? channelId, int count) => channelId switch
    {
        Channels.Facebook or Channels.Skype => count <= 3,
        Channels.Msteams => count <= 50,
        Channels.Line => count <= 99,
        Channels.Slack or Channels.Telegram or Channels.Emulator or Channels.Directline or Channels.DirectlineSpeech or Channels.Webchat => count <= 100,
        _ => false,
    };

    /// <summary>Whether the channel draws Adaptive Cards (Teams only in personal chat: the bot does not coach in groups).</summary>
    public static bool SupportsAdaptiveCards(string? channelId, string? conversationType) => channelId switch
    {
        Channels.Emulator or Channels.Webchat or Channels.Directline => true,
        Channels.Msteams => conversationType is null || string.Equals(conversationType, TeamsPersonalChat, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>Whether <paramref name="count"/> buttons fit as suggested actions on this channel (none always fit where any do, as in the SDK).</summary>
    public static bool SupportsSuggestedActions(string? channelId, string? conversationType, int count)
        => MaxSuggestedActions(channelId, conversationType) > 0 && count <= MaxSuggestedActions(channelId, conversationType);
}
