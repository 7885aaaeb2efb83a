using System.Text;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.ChannelRendering;

/// <summary>
/// Fits what the bot sends to the channel it goes to, by <see cref="ChannelRules"/>: the summary file becomes a card
/// where files don't show, images beyond Teams' limits are left out (the message text already says what they show),
/// and suggested actions beyond what the channel shows become a numbered list.
/// </summary>
public static class OutgoingActivities
{
    private const string MarkdownFile = "text/markdown";
    private const string DataUriBase64 = ";base64,";

    public static void Fit(Activity activity, string? channelId, string? conversationType)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Attachments is { Count: > 0 })
        {
            activity.Attachments = activity.Attachments.SelectMany(a => Fit(a, channelId, activity.Locale)).ToList();
        }

        FitSuggestedActions(activity, ChannelRules.MaxSuggestedActions(channelId, conversationType));
    }

    private static IEnumerable<Attachment> Fit(Attachment attachment, string? channelId, string? locale)
    {
        if (attachment.ContentType == MarkdownFile && Decode(attachment.ContentUrl) is { } bytes)
        {
            var card = new Attachment { ContentType = SummaryCard.ContentType, Content = SummaryCard.FromMarkdown(Encoding.UTF8.GetString(bytes), locale) };
            return ChannelRules.Summary(channelId) switch
            {
                SummaryForm.Card => [card],
                SummaryForm.FileAndCard => [attachment, card],
                _ => [attachment],
            };
        }

        if (channelId == Channels.Msteams && attachment.ContentType?.StartsWith("image/", StringComparison.Ordinal) == true
            && Decode(attachment.ContentUrl) is { } image && !ChannelRules.TeamsShowsImage(image))
        {
            return [];
        }

        return [attachment];
    }

    private static void FitSuggestedActions(Activity activity, int max)
    {
        var actions = activity.SuggestedActions?.Actions;
        if (actions is not { Count: > 0 } || actions.Count <= max)
        {
            return;
        }

        // The product's numbered list, "1. Yes" (ChannelChoices); she can answer with the number or the words.
        var list = string.Join("\n", actions.Select((a, i) => $"{i + 1}. {a.Title ?? a.Value?.ToString()}"));
        activity.Text = string.IsNullOrWhiteSpace(activity.Text) ? list : $"{activity.Text}\n\n{list}";
        activity.SuggestedActions = null;
    }

    private static byte[]? Decode(string? dataUri)
    {
        var start = dataUri is not null && dataUri.StartsWith("data:", StringComparison.Ordinal) ? dataUri.IndexOf(DataUriBase64, StringComparison.Ordinal) : -1;
        if (start < 0)
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(dataUri![(start + DataUriBase64.Length)..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
