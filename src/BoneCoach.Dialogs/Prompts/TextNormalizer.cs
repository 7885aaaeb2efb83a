using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace BoneCoach.Dialogs;

/// <summary>Folds user text for matching: lower case, no accents, no punctuation, single spaces.</summary>
public static class TextNormalizer
{
    // Script phrases are few (a few thousand cues and synonyms); the bound only guards against a caller passing user text.
    private const int MaxRememberedPhrases = 20_000;

    private static readonly ConcurrentDictionary<string, string> Phrases = new(StringComparer.Ordinal);

    // The answer readers fold one message for many questions and cues in a turn: folding it again each time was an
    // eighth of a coaching turn's allocations in the benchmark. The last few texts folded on this thread are reused.
    [ThreadStatic]
    private static RecentFolds? t_recent;

    /// <summary>"¡Sí, claro!" becomes "si claro".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var recent = t_recent ??= new RecentFolds();
        if (recent.Find(text) is { } known)
        {
            return known;
        }

        var folded = Fold(text);
        recent.Add(text, folded);
        return folded;
    }

    /// <summary><see cref="Normalize"/> for a fixed phrase of the script (a cue, a synonym), folded once per process.</summary>
    public static string NormalizePhrase(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (Phrases.TryGetValue(phrase, out var known))
        {
            return known;
        }

        var folded = Normalize(phrase);
        if (Phrases.Count < MaxRememberedPhrases)
        {
            Phrases.TryAdd(phrase, folded);
        }

        return folded;
    }

    /// <summary>Whether <paramref name="phrase"/> occurs as whole words in <paramref name="text"/>, both already normalized.</summary>
    public static bool ContainsWords(string text, string phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        if (phrase.Length == 0)
        {
            return false;
        }

        // The same test as " text ".Contains(" phrase "), without building both strings for every cue.
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The normalized words of the text.</summary>
    public static string[] Words(string? text) => Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Fold(string text)
    {
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

    private sealed class RecentFolds
    {
        // A turn folds its message, a sentence of it or two, and the odd cue between; more would hold on to old texts.
        private const int Size = 8;
        private readonly (string Text, string Folded)?[] _entries = new (string, string)?[Size];
        private int _next;

        public string? Find(string text)
        {
            foreach (var entry in _entries)
            {
                if (entry is { } known && string.Equals(known.Text, text, StringComparison.Ordinal))
                {
                    return known.Folded;
                }
            }

            return null;
        }

        public void Add(string text, string folded)
        {
            _entries[_next] = (text, folded);
            _next = (_next + 1) % Size;
        }
    }
}
