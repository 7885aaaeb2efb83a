using System.Globalization;
using System.Text;

namespace BoneCoach.Dialogs;

/// <summary>Folds user text for matching: lower case, no accents, no punctuation, single spaces.</summary>
public static class TextNormalizer
{
    /// <summary>"¡Sí, claro!" becomes "si claro".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // string.Normalize throws on U+FFFE and unpaired surrogates, which a channel can send: make them spaces first.
        var builder = new StringBuilder(text.Length);
        foreach (var c in TextBudget.Clean(text).Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The normalized words of the text.</summary>
    public static string[] Words(string? text) => Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
