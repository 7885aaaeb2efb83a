using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>
/// What a "no longer" is said of. "I stopped drinking" and "I quit my job" stop something; "gave it up years ago" and
/// "I quit when I got pregnant" stop whatever was asked. A question that tells a former habit or treatment from a
/// current one takes the former option only from a "no longer" said of its own subject or of nothing named.
/// </summary>
public static partial class NoLongerWords
{
    /// <summary>Whether <paramref name="text"/> says "no longer" at all: see <see cref="ZeroWords.SaysNoLonger"/>.</summary>
    public static bool Says(string? text) => NoLongerPattern().IsMatch(TextFold.Fold(TextBudget.Slice(text)));

    /// <summary>
    /// The word each "no longer" in <paramref name="text"/> is said of: the first one after it past pronouns, articles
    /// and light verbs ("used to have Prolia": "prolia"), or empty when nothing follows it or a time, number or link word
    /// does ("stopped in 2005", "lo dejé hace años"). With <paramref name="taken"/>, a treatment taken before counts as
    /// well: "I took it for a few years", "I was on Fosamax", "la tomé unos años".
    /// </summary>
    public static IReadOnlyList<string> Objects(string? text, bool taken)
    {
        var folded = TextFold.Fold(TextBudget.Slice(text));
        var objects = new List<string>();
        foreach (var pattern in taken ? [NoLongerPattern(), TakenBeforePattern()] : new[] { NoLongerPattern() })
        {
            foreach (var found in pattern.EnumerateMatches(folded))
            {
                objects.Add(SaidOf(folded[(found.Index + found.Length)..]));
            }
        }

        return objects;
    }

    private static string SaidOf(string after)
    {
        foreach (var word in TextNormalizer.Words(after))
        {
            if (char.IsDigit(word[0]) || TimeAndLinkWords.Contains(word))
            {
                return string.Empty;
            }

            if (!LightWords.Contains(word))
            {
                return word;
            }
        }

        return string.Empty;
    }

    // Said between "no longer" and what it is of: "gave it up", "used to have", "stopped taking the", "dejé de tomar la".
    private static readonly HashSet<string> LightWords = new(StringComparer.Ordinal)
    {
        "it", "them", "that", "this", "those", "these", "the", "my", "a", "an", "to", "have", "having", "had", "take", "taking",
        "taken", "be", "being", "been", "on", "off", "use", "using", "do", "doing", "get", "getting", "go", "going", "all", "of",
        "up", "s", "t", "ve", "m", "d", "ll", "re",
        "lo", "la", "los", "las", "el", "de", "mi", "mis", "un", "una", "tomar", "tomando", "usar", "usando", "ponerme", "me",
    };

    // After "no longer", a word that says when or ties on another clause: what stopped is what was asked.
    private static readonly HashSet<string> TimeAndLinkWords = new(StringComparer.Ordinal)
    {
        "years", "year", "months", "month", "weeks", "week", "days", "ago", "in", "since", "for", "when", "after", "before",
        "about", "around", "last", "recently", "completely", "altogether", "entirely", "now", "then", "once", "during", "until",
        "because", "as", "at", "but", "and", "so", "while", "ages", "long", "few", "couple", "several", "some", "many", "cold",
        "twice", "yet", "already", "though", "anymore", "any", "more", "longer", "again", "ever", "back", "too",
        "hace", "en", "desde", "cuando", "despues", "antes", "por", "durante", "hasta", "porque", "pero", "y", "anos", "ano",
        "meses", "mes", "semanas", "unos", "unas", "varios", "algunos", "completamente", "ya", "tambien", "hara",
    };

    // What was once taken or done, stopped: "gave up", "no longer", "came off it", "ya no", "lo dejé".
    [GeneratedRegex(
        @"\bnot\s+any\s*more\b|\bno\s+longer\b|\b(?:gave|given)\s+(?:it\s+|them\s+)?up\b|\bquit\b|\bstopped\b|\bused\s+to\b|\b(?:do\s*n[o']?t|dont)\s+\w+\s+any\s*more\b|" +
        @"\b(?:came|come|been|got)\s+off\b|\bdeje\s+de\b|\bya\s+no\b|\blo\s+deje\b|\bla\s+deje\b|\blo\s+he\s+dejado\b|\bantes\s+si\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NoLongerPattern();

    // A treatment taken before: "I took", "I tried", "I had", "I was on", "tomé", "tomaba", "me ponía". Not "I've had".
    [GeneratedRegex(
        @"\btook\b|\btried\b|(?:^|\b(?:i|we|she)\s+)had\b|\b(?:was|were)\s+on\b|\btome\b|\btomaba\b|\busaba\b|\bestuve\s+tomando\b|\bme\s+ponia\b|\bme\s+ponian\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TakenBeforePattern();
}
