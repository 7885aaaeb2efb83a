using System.Globalization;
using System.Text;

namespace BoneCoach.Dialogs;

/// <summary>Lower case without accents, one character for one character, so offsets in the folded text are offsets in the original.</summary>
internal static class TextFold
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(FoldChar(c));
        }

        return builder.ToString();
    }

    private static char FoldChar(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        if (char.IsSurrogate(c))
        {
            return c;
        }

        // "í" decomposes to "i" + accent: keep the base letter only. Typographic quotes become plain ones.
        string decomposed;
        try
        {
            decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return ' ';
        }

        var first = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark ? decomposed[0] : c;
        return first switch
        {
            '’' or '′' or '‘' => '\'',
            '”' or '″' or '“' => '"',
            '–' or '—' or '−' => '-',
            _ => char.ToLowerInvariant(first),
        };
    }
}
