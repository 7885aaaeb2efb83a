using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>Yes and no in the languages the prompts know; the longest phrase that starts the answer wins.</summary>
public sealed partial record ConfirmWords(string YesLabel, string NoLabel, IReadOnlyList<string> Yes, IReadOnlyList<string> No)
{
    public static ConfirmWords English { get; } = new(
        "Yes",
        "No",
        ["yes", "y", "yeah", "yea", "yep", "yup", "sure", "ok", "okay", "of course", "correct", "right", "definitely", "absolutely", "i do", "i am", "i have", "true"],
        ["no", "n", "nope", "nah", "not really", "no thanks", "never", "i dont", "i don't", "i do not", "im not", "i'm not", "i am not", "i havent", "i haven't", "i never", "of course not", "not at all", "false"])
    {
        Offered = ["go on", "go ahead", "why not", "please do", "please", "sounds good", "fine", "fine by me", "that s fine", "thats fine", "that s ok", "alright", "all right", "no problem", "happy to", "you can", "you may"],
    };

    /// <summary>Ways to accept an offer that answer no health question ("go on then" to "may I keep your answers?").</summary>
    public IReadOnlyList<string> Offered { get; init; } = [];

    public static ConfirmWords Spanish { get; } = new(
        "Sí",
        "No",
        ["si", "sí", "claro", "vale", "por supuesto", "de acuerdo", "correcto", "cierto", "si claro", "afirmativo", "creo que si", "eso creo", "ok", "okey", "sale", "ándale", "órale", "está bien", "bueno si", "pues si"],
        ["no", "nunca", "para nada", "no gracias", "claro que no", "en absoluto", "negativo", "creo que no", "pues no", "bueno no", "jamás", "tampoco"])
    {
        Offered = ["adelante", "venga", "dale", "me parece bien", "sin problema", "por favor", "puede", "puedes", "como no"],
    };

    /// <summary>The words for a culture's language; English when the language is not known.</summary>
    public static ConfirmWords For(string culture) => PromptCulture.Language(culture) == "es" ? Spanish : English;

    // "I do", "I am", "I have" are a yes said alone, ending a clause ("I do, every morning"), or followed by a
    // word that carries the yes on ("I have taken them", "I do too"); "I have a cold" or "I do a bit of gardening" start a
    // sentence about anything, and were kept as a yes to "do you take steroid tablets?".
    private static readonly HashSet<string> SentenceStarts = new(StringComparer.Ordinal) { "i do", "i am", "i have" };
    private static readonly HashSet<string> YesGoesOn = new(StringComparer.Ordinal) { "yes", "yeah", "yep", "indeed", "too", "sometimes", "take", "taken", "taking" };

    // "ok, I don't take any", "right, no I haven't", "vale, no tomo": a word of assent is her going along with the
    // question, and the no straight after it is her answer ("yes, not every day" stays a yes).
    private static readonly HashSet<string> Assent = new(StringComparer.Ordinal) { "ok", "okay", "sure", "right", "vale", "okey", "sale", "de acuerdo", "esta bien" };
    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal) { "no", "not", "never", "don", "dont", "haven", "havent", "didn", "didnt", "nope", "nah", "nunca", "tampoco" };

    /// <summary>True for yes, false for no, null when the answer is neither.</summary>
    public bool? Match(string? text)
    {
        var slice = TextBudget.Slice(text);
        var normalized = TextNormalizer.Normalize(slice);
        var yes = LongestPrefix(normalized, Yes.Where(p => !SentenceStarts.Contains(p) || SaidAsYes(p, slice, normalized)));
        var no = LongestPrefix(normalized, No);
        if (yes == 0 && no == 0)
        {
            return null;
        }

        return yes > no && !AssentThenNo(normalized, yes);
    }

    /// <summary>
    /// As <see cref="Match"/>, for an offer she may take up in other words: "go on then", "fine by me", "venga". Not
    /// with a no anywhere in it ("fine, but no thanks").
    /// </summary>
    public bool? MatchOffer(string? text)
    {
        if (Match(text) is { } said)
        {
            return said;
        }

        var normalized = TextNormalizer.Normalize(TextBudget.Slice(text));
        return LongestPrefix(normalized, Offered) > 0 && !SaysNo(normalized.Split(' ')) ? true : null;
    }

    private static bool AssentThenNo(string normalized, int yesLength) =>
        Assent.Contains(normalized[..yesLength]) && SaysNo(normalized[yesLength..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).ToArray());

    // A no word, except the "not" of "why not".
    private static bool SaysNo(IReadOnlyList<string> words) =>
        words.Where((word, i) => NoWords.Contains(word) && !(word == "not" && i > 0 && words[i - 1] == "why")).Any();

    private static bool SaidAsYes(string start, string slice, string normalized)
    {
        var next = normalized.Length > start.Length ? normalized[(start.Length + 1)..].Split(' ')[0] : null;
        return next is null || YesGoesOn.Contains(next) || ClauseEnd().IsMatch(slice);
    }

    [GeneratedRegex(@"^\W*i\s+(?:do|am|have)\s*[,.;:!\u2013\u2014-]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnd();

    private static int LongestPrefix(string normalized, IEnumerable<string> phrases)
        => phrases
            .Select(TextNormalizer.Normalize)
            .Where(p => normalized == p || normalized.StartsWith(p + " ", StringComparison.Ordinal))
            .Select(p => p.Length)
            .DefaultIfEmpty(0)
            .Max();
}
