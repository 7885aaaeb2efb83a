using Microsoft.Bot.Schema;

namespace BoneCoachBot.Dialogs;

/// <summary>Messages no question can use (no text, a file, a novel, only emoji): the key of the kind reply in dialogs/commands.json.</summary>
public static class InputGuard
{
    // Longer than any answer the script asks for; recognizers on 100 KB would also cost a whole turn's time.
    public const int MaxAnswerLength = 2000;

    public static string? Problem(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var message = activity.AsMessageActivity();
        if (message is null || message.Value is not null)
        {
            // Card submits carry their answer in value, with no text.
            return null;
        }

        var text = message.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return message.Attachments?.Count > 0 ? "attachmentOnly" : "emptyMessage";
        }

        if (text.Length > MaxAnswerLength)
        {
            return "tooLong";
        }

        return text.Any(char.IsLetterOrDigit) || text.Trim() == "?" ? null : "emojiOnly";
    }
}
