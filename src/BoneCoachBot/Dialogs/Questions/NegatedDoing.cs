using System.Text.RegularExpressions;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// "I don't lift weights", "no I don't do that", "not really", "no weights, I'm not strong enough", "no hago nada de eso": she says she doesn't do the thing a
/// how-often question asks about, which is none. Not when a count, a "but" or not knowing is in it ("I don't know",
/// "I don't go every week", "I don't run but I skip twice a week").
/// </summary>
public static partial class NegatedDoing
{
    public static bool Says(string text)
    {
        var trimmed = (text ?? string.Empty).Trim().TrimEnd('.', '!');
        return trimmed.Length > 0 && !trimmed.Any(char.IsDigit) && !Countish().IsMatch(trimmed) && Negation().IsMatch(trimmed);
    }

    [GeneratedRegex(@"^(?>(?:no|nope|nah|well|honestly|sadly|um+|er+)[,.!]?\s+)*(?:i\s+|yo\s+)?(?:don'?t|dont|do\s+not|never|haven'?t|have\s+not|can'?t|cannot|no\s+(?:hago|levanto|practico|entreno|salto|camino|voy)\b|nunca\b)|^not\s+(?:really|at\s+all|any(?:more)?|these\s+days)\b|^no\s+(?:weights?|weight\s+training|lifting|strength(?:\s+training)?|gym|resistance|exercises?|jumping|running|impact|balance|classes|sports?|pesas|gimnasio|ejercicios?|deporte)\b|^la\s+verdad\s+(?:es\s+)?que\s+no\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Negation();

    // A count, an exception, or not knowing: not a plain none.
    [GeneratedRegex(@"\b(?:once|twice|times?|sometimes|every|each|most|often|usually|but|except|apart|only|just|know|remember|recall|sure|veces|vez|pero|cada|todos|salvo|s[eé]|recuerdo)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Countish();
}
