using System.Text;

namespace BoneCoach.Dialogs.Tests.Harness;

/// <summary>
/// Strings a channel can deliver: any UTF-16 code units, with the ones that break .NET text APIs made likely (unpaired
/// surrogates, non-characters), controls, bidi marks, combining marks, emoji, digits of other scripts, answer-like words,
/// and now and then a 100 KB message.
/// </summary>
public static class ChannelText
{
    /// <summary>Size of the occasional huge message (the brief's 100 KB).</summary>
    public const int HugeLength = 100 * 1024;

    private static readonly string[] Pieces =
    [
        // Unpaired surrogates, both halves, at both ends of their ranges.
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDFFF\uD800",

        // Non-characters: U+FFFE, U+FFFF, U+FDD0..U+FDEF, and U+1FFFE, U+10FFFF written as surrogate pairs.
        "\uFFFE", "\uFFFF", "\uFDD0", "\uFDEF", "\uD83F\uDFFE", "\uDBFF\uDFFF",

        // C0 and C1 controls, an escape sequence, line ends.
        "\0", "\u0001", "\u001B[31m", "\u007F", "\u0085", "\u009F", "\r\n", "\t", "\u2028",

        // Bidi and invisible marks.
        "\u200F", "\u200E", "\u202E", "\u2066", "\u2069", "\u061C", "\uFEFF", "\u200B", "\u200D",

        // Combining marks, alone and stacked.
        "\u0301", "e\u0301", "\u0336\u0336\u0336\u0336", "\u0E47", "\u20DD",

        // Emoji: a pair, a ZWJ family, a flag, a lone skin tone.
        "😀", "👩\u200D👩\u200D👧", "🇪🇸", "\U0001F3FB",

        // Digits and numbers of other scripts, letters that change length when cased.
        "٣", "３", "Ⅻ", "½", "ﷺ", "ß", "İ", "ǅ", "ﬃ",

        // Answer-like words, so the readers' deeper paths run.
        "62", "-2.5", "5'4\"", " kg", " lb", "9 stone", "yes", "no", "sí", "twice a week", "every other day", "in 2019",
        "3 years ago", "actually", "not 61", "none", "I don't know", "skip", "back", "the second one", "1", "%", ",", ".", " ",
    ];

    /// <summary>The next message for a seeded case.</summary>
    public static string Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.Next(40) == 0 ? Huge(random) : random.Next(3) switch
        {
            0 => CodeUnits(random, random.Next(0, 81)),
            1 => PiecesOf(random, random.Next(1, 13)),
            _ => PiecesOf(random, random.Next(1, 5)) + CodeUnits(random, random.Next(1, 20)) + PiecesOf(random, random.Next(1, 5)),
        };
    }

    /// <summary>A C# literal of the text, every character outside printable ASCII escaped, for a failure message.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = text.Length > 200 ? text[..200] : text;
        var builder = new StringBuilder("\"");
        foreach (var c in shown)
        {
            builder.Append(c is >= ' ' and <= '~' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.Append('"').Append(text.Length > 200 ? $"... ({text.Length} chars)" : string.Empty).ToString();
    }

    // Any code unit at all, surrogate halves and non-characters included.
    private static string CodeUnits(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)random.Next(0, char.MaxValue + 1);
        }

        return new string(chars);
    }

    private static string PiecesOf(Random random, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    private static string Huge(Random random)
    {
        var builder = new StringBuilder(HugeLength + 100);
        while (builder.Length < HugeLength)
        {
            builder.Append(random.Next(2) == 0 ? Pieces[random.Next(Pieces.Length)] : CodeUnits(random, 16));
        }

        return builder.ToString(0, HugeLength);
    }
}
