using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>"none", "never", "not at all", "no I don't", "nada": zero, for a how-many or how-often question.</summary>
public static partial class ZeroWords
{
    /// <summary>
    /// Whether the whole answer means zero. "never had one tested" is not zero: it is not knowing (see <see cref="NotKnowing"/>);
    /// "never done any" and "never had one" to a how-many question are.
    /// </summary>
    public static bool Matches(string? text)
    {
        var folded = TextFold.Fold(TextBudget.Slice(text));
        return (ZeroPattern().IsMatch(folded) || NeverDonePattern().IsMatch(folded)) && (!NotKnowing.Matches(text) || NotKnowing.NeverHad(text));
    }

    /// <summary>
    /// Zero for a how-many question, also when a reason follows: "none this week, been poorly", "nothing, I was away",
    /// "ninguna, he estado mala". A reason with a number or a "but" ("none, but I walked 3 times") may be a count: not zero.
    /// Kept apart from <see cref="Matches"/> because "no, I broke my wrist" at a list question is not none.
    /// </summary>
    public static bool MatchesCount(string? text)
    {
        if (Matches(text))
        {
            return true;
        }

        var slice = TextBudget.Slice(text);
        var split = ReasonStartPattern().Match(TextFold.Fold(slice));
        if (!split.Success || split.Index == 0)
        {
            return false;
        }

        var reason = TextFold.Fold(slice[split.Index..]);
        return Matches(slice[..split.Index]) && !CountOrTurnPattern().IsMatch(reason);
    }

    /// <summary>
    /// "not any more", "no longer", "gave up", "ya no": none now, but once. Zero to "how many times a week?", never "none"
    /// to "have you ever had...?", and the former option where a question tells former from current.
    /// </summary>
    public static bool SaysNoLonger(string? text) => NoLongerWords.Says(text);

    // Where a reason starts: a comma or dash, or "because" and its kin.
    [GeneratedRegex(
        @"\s*[,;:(\u2013\u2014]|\s+-\s+|\.\s+|\s+(?:because|cos|cause|as|since|porque|ya\s+que|pues)\s+",
        RegexOptions.CultureInvariant)]
    private static partial Regex ReasonStartPattern();

    // A number or a turn in the reason: it may hold the count after all.
    [GeneratedRegex(
        @"\d|\b(?:one|two|three|four|five|six|seven|once|twice|couple|few|several|some|but|though|although|except|apart|besides|" +
        @"actually|yes|yeah|yep|mean|wait|uno|una|dos|tres|cuatro|cinco|seis|siete|vez|veces|varias|algun\w*|pero|aunque|sino|salvo|excepto|menos|si)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CountOrTurnPattern();

    // Kept apart from ZeroPattern, which is large enough already.
    [GeneratedRegex(
        @"^\s*(?>(?:no+|nope|nah|well)[\s,.!]+)*(?:i\s+|i'?ve\s+|i\s+have\s+)?(?:never\s+(?:done|had|did|tried)|haven'?t\s+(?:done|had))" +
        @"(?:\s+(?:any|one|it|that|them|any\s+of\s+(?:it|that|them)))?(?>[\s,.!]+(?:at\s+all|really|ever|sadly))*\s*(?:[.!]+\s*)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NeverDonePattern();

    [GeneratedRegex(
        @"^\s*(?>(?:no|nope|nah|well|um+|er+|erm|sadly|honestly|actually|oh|ha+|lol|eh|bueno|pues)[\s,.!]+)*" +
        @"(?:0|zero|none(?:\s+at\s+all)?|nil|nothing|nada|never(?:\s+ever)?|not\s+at\s+all|not\s+any(?:\s*more)?|not\s+one|not\s+even\s+once|no+|nope|nah|zilch|no\s+(?:times?|days?|sessions?|meals?)|i\s+(?:do\s*n[o']?t|dont|never)(?:\s+\w+)?|" +
        @"no\s+(?:i\s+)?(?:do\s*n[o']?t|dont|never)(?:\s+\w+)?|i\s+never\s+do|not\s+(?:really|usually)|cero|ninguno|ninguna|ningun|ninguna\s+vez|nunca|para\s+nada|no\s+nunca|nada\s+de\s+nada|no\s+lo\s+hago|ni\s+una(?:\s+vez)?|" +
        // "no bebo", "no tomo ninguno", "nada de eso", "ninguna de estas": Spanish says none with the verb or the list.
        @"(?:no\s+|nunca\s+)(?:lo\s+|la\s+|los\s+|las\s+|me\s+)?(?:bebo|hago|tomo|fumo|camino|entreno|practico|como|uso|tengo|salgo|corro|nado|bailo|consumo|suelo|hice|tome|tuve)(?:\s+(?:nada|nunca|ninguno|ninguna|ningun\w*))?|" +
        @"nada\s+de\s+(?:eso|esto|esos|estos|esas|estas)|ningun[oa]?\s+de\s+(?:esos|estos|esas|estas|ellos|ellas|los|las)(?:\s+\w+)?|de\s+ninguna\s+manera)" +
        @"(?>[\s,.!]+(?:at\s+all|really|sadly|i'?m\s+afraid|lol|ever|nunca|anymore|any\s+more|this\s+week|so\s+far|yet|then|in\s+that\s+case|i\s+guess|esta\s+semana|por\s+ahora|todavia|aun|de\s+momento|la\s+verdad|gracias|entonces))*\s*(?:[.!]+\s*)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ZeroPattern();
}
