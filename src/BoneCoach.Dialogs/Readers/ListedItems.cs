using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>
/// Counts the things a message lists: "un vaso de leche y un yogur" is 2, "a glass of milk, a yogurt and some cheese" is not
/// read ("some" is no count), "dos vasos de leche y un yogur" is 3. Each listed part must start with an article or a number
/// and name something; "un poco" / "a little" never count. For a "how many ... a day?" question where she names what she had.
/// </summary>
public static partial class ListedItems
{
    /// <summary>The number of things listed, or null when any part is not a counted thing.</summary>
    public static int? Count(string? text, string culture)
    {
        var slice = TextBudget.Slice(text);
        var folded = TextFold.Fold(slice).Trim().TrimEnd('.', '!');
        if (folded.Length == 0)
        {
            return null;
        }

        var total = 0;
        foreach (var part in SeparatorPattern().Split(folded).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (PartCount(part, culture) is not { } count)
            {
                return null;
            }

            total += count;
        }

        return total > 0 ? total : null;
    }

    private static int? PartCount(string part, string culture)
    {
        // Spanish "a" is a preposition ("a veces"), never an article.
        var article = PromptCulture.Language(culture) == "es" ? SpanishArticlePattern() : EnglishArticlePattern();
        if (article.IsMatch(part))
        {
            return 1;
        }

        // "dos vasos de leche", "2 yogures": a whole number at the start, then the thing. Without a word after a space
        // anywhere ("62", "about 62") there is no thing: finding the numbers, the dear part, is left out.
        if (!WordAfterSpacePattern().IsMatch(part))
        {
            return null;
        }

        var first = MentionFinder.Find(part, culture).FirstOrDefault();
        return first is { Kind: MentionKind.Number, Start: 0 } && first.Value is > 0 and < 20 && first.Value == decimal.Truncate(first.Value)
            && NounAfterPattern().IsMatch(part[first.Length..]) && UnitCatalog.ReadLeading(part[first.Length..]) is null
            ? (int)first.Value
            : null;
    }

    [GeneratedRegex(@"\s*(?:,|;|\+|&|\b(?:y|e|and|plus|mas)\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorPattern();

    // An article, then a word that is not an amount ("un poco", "a bit", "a lot").
    [GeneratedRegex(@"^(?:un|una|uno)\s+(?!(?:poc[oa]|poquit[oa]|pelin|rato|momento|monton|par|vez|dia|semana)\b)[a-zñ]{2,}", RegexOptions.CultureInvariant, RegexLimits.None)]
    private static partial Regex SpanishArticlePattern();

    [GeneratedRegex(@"^(?:a|an|one)\s+(?!(?:little|bit|lot|while|few|couple|day|week|time)\b)[a-z]{2,}", RegexOptions.CultureInvariant, RegexLimits.None)]
    private static partial Regex EnglishArticlePattern();

    [GeneratedRegex(@"^\s+[a-zñ]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex NounAfterPattern();

    // What NounAfterPattern needs somewhere in the part.
    [GeneratedRegex(@"\s[a-zñ]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex WordAfterSpacePattern();
}
