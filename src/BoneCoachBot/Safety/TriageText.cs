using System.Text;
using System.Text.RegularExpressions;

namespace BoneCoachBot.Safety;

/// <summary>
/// A message as the triage patterns read it: lower case, one kind of apostrophe, single spaces, the script's spelling
/// rewrites applied ("cannot" → "can't"), cut into sentences so that a time or a denial in one sentence does not
/// change the meaning of another.
/// </summary>
public sealed class TriageText
{
    // Contrast words start a new thought: "I'm not suicidal but I want to die" has two.
    private static readonly Regex SentenceBreak = new(@"[.!?;\n\r]+|\b(but|however|although|though|pero|aunque|sin embargo)\b", RegexOptions.CultureInvariant);
    private static readonly Regex Spaces = new(@"[ \t\u00a0]+", RegexOptions.CultureInvariant);

    private readonly Regex? _rewrite;
    private readonly IReadOnlyDictionary<string, string> _rewrites;

    public TriageText(IReadOnlyDictionary<string, string> rewrites)
    {
        ArgumentNullException.ThrowIfNull(rewrites);
        _rewrites = rewrites.ToDictionary(r => r.Key.ToLowerInvariant(), r => r.Value, StringComparer.Ordinal);
        _rewrite = _rewrites.Count == 0
            ? null
            : TriagePatterns.Compile(@"\b(" + string.Join('|', _rewrites.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")\b");
    }

    /// <summary>The whole message, normalised; empty for null or blank text.</summary>
    public string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var plain = new StringBuilder(text.Length);
        // No Unicode normalisation: it throws on a lone surrogate, and every string must get an answer.
        foreach (var c in text)
        {
            plain.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02bc' or '`' or '\u00b4' => '\'',
                '\u201c' or '\u201d' => '"',
                '\u2013' or '\u2014' => ',',
                // Spanish is written with and without accents ("me caí", "me cai"): the patterns are written without.
                '\u00bf' or '\u00a1' => ' ',
                _ => SpanishFold(char.ToLowerInvariant(c)),
            });
        }

        var spaced = Spaces.Replace(plain.ToString(), " ").Trim();
        return _rewrite is null ? spaced : _rewrite.Replace(spaced, m => _rewrites[m.Value]);
    }

    private static char SpanishFold(char c) => c switch
    {
        '\u00e1' => 'a',
        '\u00e9' => 'e',
        '\u00ed' => 'i',
        '\u00f3' => 'o',
        '\u00fa' or '\u00fc' => 'u',
        '\u00f1' => 'n',
        _ => c,
    };

    /// <summary>The normalised message cut into sentences (or clauses after "but").</summary>
    public IEnumerable<string> Sentences(string normalized) =>
        SentenceBreak.Split(normalized).Select(s => s.Trim()).Where(s => s.Length > 0 && !IsContrastWord(s));

    /// <summary>
    /// A normalised message longer than <paramref name="size"/> as pieces of at most that many characters, each ending at
    /// a space where there is one, the next starting about <paramref name="overlap"/> characters before it ended.
    /// </summary>
    public static IEnumerable<string> Pieces(string normalized, int size, int overlap)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(size, 2 * overlap);
        var start = 0;
        while (normalized.Length - start > size)
        {
            var space = normalized.LastIndexOf(' ', start + size - 1, size - overlap);
            var end = space > start + overlap ? space : start + size;
            yield return normalized[start..end];
            var restart = normalized.IndexOf(' ', end - overlap, overlap);
            start = restart < 0 ? end - overlap : restart + 1;
        }

        yield return normalized[start..];
    }

    // Regex.Split keeps captured groups; the contrast words themselves are not sentences.
    private static bool IsContrastWord(string s) => s is "but" or "however" or "although" or "though" or "pero" or "aunque" or "sin embargo";
}
