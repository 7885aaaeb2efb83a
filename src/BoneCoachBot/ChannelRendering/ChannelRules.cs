using BoneCoach.Dialogs;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.ChannelRendering;

/// <summary>
/// What each channel shows, decided here and nowhere else. Checked against the channels' documentation:
/// <list type="bullet">
/// <item>Teams, "Format your bot messages": a bot message may be about 100 KB (keep it under 80 KB), base64 images not
/// counted; "Send and receive inline images": an image attachment with a base64 data URI renders inline in personal
/// chats, group chats and channels; "Cards reference": images up to 1024×1024 px and 1 MB, PNG, JPEG or GIF. Teams
/// shows a file only through its file consent flow (OneDrive), so a Markdown file attachment shows nothing there.</item>
/// <item>Teams suggested actions: personal chat only, at most three (BoneCoach.Dialogs' <see cref="ChannelCapabilities"/>).</item>
/// <item>Web Chat (botframework-webchat 4.18): Adaptive Cards, image attachments with their name as alt text, and any
/// other attachment as a download link, which is how the Markdown summary reaches her there.</item>
/// <item>The Emulator shows everything, for developers to see each form.</item>
/// </list>
/// </summary>
public static class ChannelRules
{
    /// <summary>Teams' documented ceiling for an image in a message or card (Cards reference: 1 MB).</summary>
    public const int TeamsMaxImageBytes = 1024 * 1024;

    /// <summary>Teams' documented ceiling for an image's width and height (Cards reference: 1024×1024 px).</summary>
    public const int TeamsMaxImagePixels = 1024;

    private static readonly string[] GroupConversationTypes = ["groupChat", "channel"];

    /// <summary>A conversation with more than her and the bot: no health questions there.</summary>
    public static bool IsGroup(IActivity activity) =>
        activity?.Conversation is { } conversation
        && (conversation.IsGroup == true || GroupConversationTypes.Contains(conversation.ConversationType, StringComparer.OrdinalIgnoreCase));

    /// <summary>How the clinician summary reaches her on this channel.</summary>
    public static SummaryForm Summary(string? channelId) => channelId switch
    {
        Channels.Msteams => SummaryForm.Card,
        Channels.Emulator => SummaryForm.FileAndCard,
        _ => SummaryForm.File,
    };

    /// <summary>How many suggested actions show; the rest of the choices become a numbered list.</summary>
    public static int MaxSuggestedActions(string? channelId, string? conversationType) =>
        ChannelCapabilities.MaxSuggestedActions(channelId, conversationType);

    /// <summary>Whether Teams will draw this inline image: within its size and pixel limits.</summary>
    public static bool TeamsShowsImage(byte[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Length > TeamsMaxImageBytes)
        {
            return false;
        }

        return PngSize(image) is not { } size || (size.Width <= TeamsMaxImagePixels && size.Height <= TeamsMaxImagePixels);
    }

    // A PNG's width and height sit big-endian in its IHDR chunk, bytes 16 to 23 (PNG specification, 11.2.2).
    private static (int Width, int Height)? PngSize(byte[] image)
    {
        if (image.Length < 24 || image[1] != (byte)'P' || image[2] != (byte)'N' || image[3] != (byte)'G')
        {
            return null;
        }

        return (BigEndian(image, 16), BigEndian(image, 20));
    }

    private static int BigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
