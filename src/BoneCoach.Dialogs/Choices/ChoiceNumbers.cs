namespace BoneCoach.Dialogs;

/// <summary>
/// Numbers inside choice words ("stage 4", "stage four", "3b"): a number she states tells choices apart that share every
/// other word, so "yes, stage 4" is never "Stage not known" or "stage one" just because they say "stage" too.
/// </summary>
internal static class ChoiceNumbers
{
    // Small number words only: choice lists name stages, grades and types, not large amounts (those are digits).
    // "one"/"uno"/"una" are left out (as often a pronoun, "I take one now", as a number), and Spanish "once" (11), an English count word.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["zero"] = "0", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6",
        ["seven"] = "7", ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12",
        ["cero"] = "0", ["dos"] = "2", ["tres"] = "3", ["cuatro"] = "4", ["cinco"] = "5",
        ["seis"] = "6", ["siete"] = "7", ["ocho"] = "8", ["nueve"] = "9", ["diez"] = "10", ["doce"] = "12",
    };

    /// <summary>A normalized word with a number word written as digits ("four" → "4"); other words as they are.</summary>
    public static string Canonical(string word) => Words.TryGetValue(word, out var digits) ? digits : word;

    /// <summary>Whether a canonical word is a number or holds one ("4", "3b").</summary>
    public static bool IsNumber(string canonicalWord) => canonicalWord.Any(char.IsAsciiDigit);

    /// <summary>The numbers a phrase names.</summary>
    public static HashSet<string> In(IEnumerable<string> phraseWords) =>
        phraseWords.Select(Canonical).Where(IsNumber).ToHashSet(StringComparer.Ordinal);
}
