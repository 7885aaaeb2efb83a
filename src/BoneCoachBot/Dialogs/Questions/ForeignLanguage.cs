using System.Text.RegularExpressions;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// A rough sign that an answer we could not read is in another language, so the reply can say so instead of
/// repeating the question. Only asked after recognition failed, so a false positive costs one wrong hint.
/// </summary>
public static partial class ForeignLanguage
{
    // Frequent words of Spanish, French, German, Portuguese and Italian that are not English words.
    private static readonly HashSet<string> SpanishMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "tengo", "años", "soy", "yo", "hola", "gracias", "peso", "mido", "veces", "semana", "nunca", "sí", "unos", "más",
    };

    private static readonly HashSet<string> Markers = new(StringComparer.OrdinalIgnoreCase)
    {
        "je", "suis", "j'ai", "ans", "oui", "non", "merci", "ich", "bin", "jahre", "nicht", "und", "ja", "nein",
        "eu", "tenho", "anos", "sim", "não", "sono", "ho", "anni",
    };

    public static bool Looks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // Spanish is foreign only to an English conversation.
        var spanishIsForeign = ScriptLanguage.Current != ScriptLanguage.Spanish;
        return NonLatinLetters().IsMatch(text)
            || Words().Matches(text).Any(word => Markers.Contains(word.Value) || (spanishIsForeign && SpanishMarkers.Contains(word.Value)));
    }

    [GeneratedRegex(@"[\p{IsCyrillic}\p{IsArabic}\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsGreek}\p{IsHebrew}]")]
    private static partial Regex NonLatinLetters();

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Words();
}
