using System.Text.RegularExpressions;
using BoneCoach.Dialogs;
using BoneCoachBot.Script;

namespace BoneCoachBot.Language;

/// <summary>
/// Her words about the language itself ("¿me puede hablar en español?", "No hablo bien inglés", "in English please"),
/// read on a short message folded like every other phrase (no accents, no punctuation). Such a message is about the
/// conversation, never an answer to the open question.
/// </summary>
public static partial class LanguageRequest
{
    // A request is a short message; a long one that mentions Spanish is about something else.
    private const int MaxWords = 16;

    /// <summary>The language she asks for, or null.</summary>
    public static string? Asked(string? text)
    {
        var folded = TextNormalizer.Normalize(text);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxWords)
        {
            return null;
        }

        // "No hablo español" is about Spanish and asks for English; "No hablo inglés" the reverse.
        if (NotSpanish().IsMatch(folded))
        {
            return ScriptLanguage.English;
        }

        if (ForSpanish().IsMatch(folded) || OnlyNames(words, SpanishNames))
        {
            return ScriptLanguage.Spanish;
        }

        return ForEnglish().IsMatch(folded) || OnlyNames(words, EnglishNames) ? ScriptLanguage.English : null;
    }

    /// <summary>A Spanish greeting as the whole message ("Hola, buenas tardes"): the language she writes in.</summary>
    public static bool IsSpanishGreeting(string? text) => SpanishGreeting().IsMatch(TextNormalizer.Normalize(text));

    // "español por favor", "Spanish?", "english pls": the language's name with only polite words around it is a
    // request; "I'm Spanish" is not.
    private static readonly HashSet<string> Polite = new(StringComparer.Ordinal) { "por", "favor", "porfa", "please", "pls", "en", "in", "el", "ok", "vale", "si", "yes", "mejor" };
    private static readonly HashSet<string> SpanishNames = new(StringComparer.Ordinal) { "espanol", "castellano", "spanish" };
    private static readonly HashSet<string> EnglishNames = new(StringComparer.Ordinal) { "english", "ingles" };

    private static bool OnlyNames(string[] words, HashSet<string> names) =>
        words.Any(names.Contains) && words.All(w => names.Contains(w) || Polite.Contains(w));

    [GeneratedRegex(@"\bno\s+(?:hablo|entiendo|leo)\s+(?:bien\s+|mucho\s+)?(?:el\s+)?espanol\b|\b(?:i\s+)?(?:don\s*t|do\s+not|can\s*t|cannot)\s+(?:speak|read|understand)\s+spanish\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NotSpanish();

    [GeneratedRegex(@"\b(?:en|hablar|hable|habla|hablas|hableme|hablame|hablemos|seguir|sigamos|prefiero|quiero|escribame|escribeme)\s+(?:usted\s+)?(?:en\s+)?(?:el\s+)?(?:castellano|espanol)\b|\bno\s+(?:hablo|entiendo|se|leo|domino)\s+(?:(?:muy\s+)?bien\s+|mucho\s+|nada\s+de\s+)?(?:el\s+)?ingles\b|\b(?:in|speak|talk|use|switch\s+to|continue\s+in)\s+spanish\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ForSpanish();

    [GeneratedRegex(@"\b(?:in|speak|talk|use|switch\s+to|continue\s+in|back\s+to)\s+english\b|\b(?:en|hablar|hable|habla|hableme|hablame|hablemos|seguir|sigamos|prefiero)\s+(?:usted\s+)?(?:en\s+)?(?:el\s+)?ingles\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ForEnglish();

    [GeneratedRegex(@"^(?:hola|buenas|buenos\s+dias|buenas\s+(?:tardes|noches)|hola\s+buen[oa]s(?:\s+(?:dias|tardes|noches))?|hola\s+que\s+tal|que\s+tal)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SpanishGreeting();
}
