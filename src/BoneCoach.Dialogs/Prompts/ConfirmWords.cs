namespace BoneCoach.Dialogs;

/// <summary>Yes and no in the languages the prompts know; the longest phrase that starts the answer wins.</summary>
public sealed record ConfirmWords(string YesLabel, string NoLabel, IReadOnlyList<string> Yes, IReadOnlyList<string> No)
{
    public static ConfirmWords English { get; } = new(
        "Yes",
        "No",
        ["yes", "y", "yeah", "yea", "yep", "yup", "sure", "ok", "okay", "of course", "correct", "right", "definitely", "absolutely", "i do", "i am", "i have", "true"],
        ["no", "n", "nope", "nah", "not really", "no thanks", "never", "i dont", "i do not", "im not", "i am not", "i havent", "of course not", "not at all", "false"]);

    public static ConfirmWords Spanish { get; } = new(
        "Sí",
        "No",
        ["si", "sí", "claro", "vale", "por supuesto", "de acuerdo", "correcto", "cierto", "si claro", "afirmativo", "creo que si", "eso creo", "ok", "okey", "sale", "ándale", "órale", "está bien", "bueno si", "pues si"],
        ["no", "nunca", "para nada", "no gracias", "claro que no", "en absoluto", "negativo", "creo que no", "pues no", "bueno no", "jamás", "tampoco"]);

    /// <summary>The words for a culture's language; English when the language is not known.</summary>
    public static ConfirmWords For(string culture) => PromptCulture.Language(culture) == "es" ? Spanish : English;

    /// <summary>True for yes, false for no, null when the answer is neither.</summary>
    public bool? Match(string? text)
    {
        var normalized = TextNormalizer.Normalize(TextBudget.Slice(text));
        var yes = LongestPrefix(normalized, Yes);
        var no = LongestPrefix(normalized, No);
        if (yes == 0 && no == 0)
        {
            return null;
        }

        return yes > no;
    }

    private static int LongestPrefix(string normalized, IReadOnlyList<string> phrases)
        => phrases
            .Select(TextNormalizer.Normalize)
            .Where(p => normalized == p || normalized.StartsWith(p + " ", StringComparison.Ordinal))
            .Select(p => p.Length)
            .DefaultIfEmpty(0)
            .Max();
}
