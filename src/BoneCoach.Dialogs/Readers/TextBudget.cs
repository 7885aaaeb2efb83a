using System.Text;

namespace BoneCoach.Dialogs;

/// <summary>Bounds the text the recognizers see, so a huge or malformed message can't hold the CPU or throw.</summary>
public static class TextBudget
{
    /// <summary>Characters read from a message; an answer to one question fits comfortably (our choice, not a platform limit).</summary>
    public const int MaxChars = 500;

    /// <summary>The first <see cref="MaxChars"/> characters, cut on a character boundary, with unpaired surrogates and non-characters made spaces.</summary>
    public static string Slice(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var length = Math.Min(text.Length, MaxChars);
        if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return Clean(text.AsSpan(0, length));
    }

    /// <summary>The text with every unpaired surrogate and non-character (U+FFFE, U+FFFF...) replaced by a space.</summary>
    public static string Clean(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = new Rune(c, text[i + 1]);
                builder.Append(IsNonCharacter(rune.Value) ? "  " : text.Slice(i, 2).ToString());
                i++;
                continue;
            }

            builder.Append(char.IsSurrogate(c) || IsNonCharacter(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    // Unicode non-characters: U+FDD0..U+FDEF and the last two code points of every plane; Normalize rejects them.
    private static bool IsNonCharacter(int codePoint)
        => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
