using System.Text.RegularExpressions;
using BoneCoach.Dialogs;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>Small text tests shared by the answer readers.</summary>
public static partial class Phrases
{
    /// <summary>Whether a cue occurs in the text as whole words (both normalized).</summary>
    public static bool Contains(string text, string cue)
    {
        var phrase = TextNormalizer.NormalizePhrase(cue);
        return phrase.Length > 0 && TextNormalizer.ContainsWords(TextNormalizer.Normalize(text), phrase);
    }

    public static bool ContainsAny(string text, IEnumerable<string> cues) => cues.Any(cue => Contains(text, cue));

    /// <summary>Her normalized words before the cue's first whole-word occurrence; null when the cue is not there.</summary>
    public static string[]? WordsBefore(string text, string cue)
    {
        var normalized = " " + TextNormalizer.Normalize(text) + " ";
        var phrase = TextNormalizer.NormalizePhrase(cue);
        var at = phrase.Length == 0 ? -1 : normalized.IndexOf(" " + phrase + " ", StringComparison.Ordinal);
        return at < 0 ? null : normalized[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>"with my sister", "con el perro": the thing is her company, not what she is counting.</summary>
    public static bool Companion(string text, string thing)
    {
        var words = TextNormalizer.Words(text);
        var phrase = TextNormalizer.Words(thing);
        for (var i = 0; i + phrase.Length <= words.Length; i++)
        {
            if (phrase.Select((w, k) => words[i + k] == w).All(same => same))
            {
                return words.Skip(Math.Max(0, i - 3)).Take(Math.Min(3, i)).Any(w => w is "with" or "con");
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="thing"/> as she wrote it ("HRT", not the "hrt" the readers compare), when her words hold it as
    /// written apart from case; else as given.
    /// </summary>
    public static string AsSaid(string text, string thing)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf(thing, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? thing : text.Substring(at, thing.Length);
    }

    /// <summary>The text without a trailing "not 62" / "instead of 62", so "I'm 61 not 62" reads as 61.</summary>
    public static string WithoutOldValue(string text) => OldValue().Replace(text, string.Empty);

    // "61 not 62", "-2.1 not -1.2", "150 pounds, not 160".
    [GeneratedRegex(@"\d[^\d]{0,20}?\b(?:not|instead of|rather than)\s+[-−–]?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NumberNotNumber();

    [GeneratedRegex(@",?\s*\b(?:not|instead of|rather than)\s+[-−–]?\d[\d.,]*\s*[\p{L}/%]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OldValue();
}
