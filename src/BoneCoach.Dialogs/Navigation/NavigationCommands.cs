namespace BoneCoach.Dialogs;

/// <summary>The words that mean "back" and "skip" to a prompt; none by default, as in the SDK, where the app's own interruption layer reads them.</summary>
public sealed class NavigationCommands
{
    public NavigationCommands(IEnumerable<string> backWords, IEnumerable<string> skipWords)
    {
        BackWords = backWords.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        SkipWords = skipWords.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>English and Spanish words, for a prompt used without an interruption layer; matched on the whole answer, so "I walk back home" is not "back". "I don't know" skips an optional question.</summary>
    public static NavigationCommands EnglishAndSpanish { get; } = new(
        ["back", "go back", "previous", "previous question", "atrás", "volver", "anterior", "pregunta anterior"],
        ["skip", "skip it", "skip this", "skip this one", "pass", "i don't know", "don't know", "not sure", "saltar", "omitir", "siguiente", "no sé", "no lo sé"]);

    /// <summary>No navigation words: the prompt sees every answer (the default).</summary>
    public static NavigationCommands None { get; } = new([], []);

    public IReadOnlySet<string> BackWords { get; }

    public IReadOnlySet<string> SkipWords { get; }

    /// <summary>Which command, if any, the whole answer is.</summary>
    public NavigationRequest Match(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (BackWords.Contains(normalized))
        {
            return NavigationRequest.Back;
        }

        return SkipWords.Contains(normalized) ? NavigationRequest.Skip : NavigationRequest.None;
    }
}
