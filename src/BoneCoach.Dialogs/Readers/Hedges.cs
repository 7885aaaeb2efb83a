using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>
/// The words people put before an answer while they think: "hmm actually yes", "well, actually, I do", "pues en realidad
/// sí". "Actually" there changes nothing she said before; it is how she answers this question.
/// </summary>
public static partial class Hedges
{
    /// <summary>The message without its opening hedge words; the message itself when it has none.</summary>
    public static string Strip(string? text)
    {
        var slice = TextBudget.Slice(text);
        var match = OpeningPattern().Match(TextFold.Fold(slice));
        return match.Success ? slice[match.Length..] : slice;
    }

    // One offset for one character: TextFold keeps lengths, so the match length cuts the original text.
    [GeneratedRegex(
        @"^\s*(?>(?:hmm+|hm+|um+|er+|erm+|uh+|ah+|oh+|well|so|ok(?:ay)?|actually|in\s+fact|come\s+to\s+think\s+of\s+it|now\s+that\s+i\s+think\s+about\s+it|thinking\s+about\s+it|wait|" +
        @"pues|bueno|mmm+|eh+|en\s+realidad|la\s+verdad(?:\s+es\s+que)?|ahora\s+que\s+lo\s+pienso|pensandolo\s+bien)[\s,.!:;]+)+",
        RegexOptions.CultureInvariant)]
    private static partial Regex OpeningPattern();
}
