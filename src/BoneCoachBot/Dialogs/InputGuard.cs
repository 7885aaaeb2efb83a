using System.Buffers;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Dialogs;

/// <summary>Messages no question can use (no text, a file, a novel, only emoji): the key of the kind reply in dialogs/commands.json.</summary>
public static class InputGuard
{
    // Longer than any answer the script asks for; the recognisers' cost grows with the text (200 KB of digits took
    // 25 s of one core, issue 16), so nothing longer reaches them, whatever else the message carries.
    public const int MaxAnswerLength = 2000;

    // A card submit's data is a command word or one answer; a few KB is far above what any of our cards send.
    public const int MaxValueLength = 4 * 1024;

    // Web Chat sends up to 10 files in one message; more is no chat client's doing.
    public const int MaxAttachments = 10;

    /// <summary>
    /// The hard budget, checked before the turn reads state or any recogniser sees the message: too long on any
    /// path (text, card value, attachments), or text that is not valid Unicode. Null when within budget.
    /// </summary>
    public static string? OverBudget(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.AsMessageActivity() is not { } message)
        {
            return null;
        }

        if (message.Text?.Length > MaxAnswerLength || message.Attachments?.Count > MaxAttachments || ValueLength(message.Value) > MaxValueLength)
        {
            return "tooLong";
        }

        return message.Text is { } text && !IsReadable(text) ? "unreadable" : null;
    }

    /// <summary>Whether the text's length is all that is over budget: a message with no card value or files too big, readable.</summary>
    public static bool IsOnlyTooLong(IActivity activity) =>
        activity.AsMessageActivity() is { Text: { Length: > MaxAnswerLength } text } message
        && !(message.Attachments?.Count > MaxAttachments) && ValueLength(message.Value) <= MaxValueLength && IsReadable(text);

    public static string? Problem(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (OverBudget(activity) is { } overBudget)
        {
            return overBudget;
        }

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

        return text.Any(char.IsLetterOrDigit) || text.Trim() == "?" ? null : "emojiOnly";
    }

    // Lone surrogates and noncharacters (U+FFFE, U+FFFF) make the text normaliser throw; U+FFFD is what invalid UTF-8
    // became on the way in; control characters other than tab and line breaks come from no keyboard. Asking her to type it again beats guessing what was meant.
    private static bool IsReadable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != OperationStatus.Done)
            {
                return false;
            }

            if (IsNonCharacter(rune) || rune == Rune.ReplacementChar || (Rune.IsControl(rune) && rune.Value is not ('\t' or '\n' or '\r')))
            {
                return false;
            }

            i += used - 1;
        }

        return true;
    }

    private static bool IsNonCharacter(Rune rune) =>
        (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF;

    private static int ValueLength(object? value) => value switch
    {
        null => 0,
        string text => text.Length,
        JToken token => token.ToString(Formatting.None).Length,
        _ => JsonConvert.SerializeObject(value).Length,
    };
}
