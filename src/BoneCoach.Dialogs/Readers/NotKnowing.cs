using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>"I don't know", "not sure", "no idea", "can't remember", "never had it tested", "no sé": she doesn't know the answer.</summary>
public static partial class NotKnowing
{
    /// <summary>
    /// Whether the message says she doesn't know. With <paramref name="noMeansUnknown"/> (the question asked "do you know
    /// your X?"), a plain "no" / "nope" counts too. A message that also gives a number is still matched: callers read the number first.
    /// </summary>
    public static bool Matches(string? text, bool noMeansUnknown = false)
    {
        var folded = TextFold.Fold(TextBudget.Slice(text));
        if (folded.Trim().Length == 0)
        {
            return false;
        }

        return AdmittedPattern().IsMatch(folded) || NeverHadPattern().IsMatch(folded) || NotTestedPattern().IsMatch(folded)
            || (noMeansUnknown && PlainNoPattern().IsMatch(folded));
    }

    /// <summary>She says outright that she doesn't know ("I don't know", "not sure", "no idea", "can't remember", "no sé").</summary>
    public static bool Admits(string? text) => AdmittedPattern().IsMatch(TextFold.Fold(TextBudget.Slice(text)));

    /// <summary>
    /// "never had it", "haven't had one", "never done any": not knowing a test result, but at a yes/no or how-many question
    /// ("Have you had sudden back pain?", "How many falls?") it is a no or a zero, unless she also says she doesn't know.
    /// </summary>
    public static bool NeverHad(string? text)
    {
        var folded = TextFold.Fold(TextBudget.Slice(text));
        return NeverHadPattern().IsMatch(folded) && !AdmittedPattern().IsMatch(folded) && !NotTestedPattern().IsMatch(folded);
    }

    [GeneratedRegex(
        @"\b(?:i\s+)?(?:do\s*n[o']?t|dont|don't|dnt|really\s+don'?t|have\s+no)\s+(?:really\s+)?(?:know|remember|recall|recollect)\b" +
        @"|\bdunno\b|\bidk\b|\bno\s+(?:idea|clue|se|lo\s+se|tengo\s+(?:ni\s+)?idea|me\s+acuerdo|recuerdo|lo\s+recuerdo)\b|\bni\s+idea\b|\bnot\s+(?:sure|certain)\b|\bunsure\b|\bunknown\b|\bwho\s+knows\b" +
        @"|\b(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:remember|recall|say|tell)\b|\bi\s+forget\b|\b(?:i\s+)?forgot\b|\bhave\s+forgotten\b|\bno\s+lo\s+se\b|\bdesconozco\b|\bsin\s+idea\b" +
        @"|\bno\s+(?:estoy|esta)\s+(?:muy\s+)?segur[oa]s?\b|\bno\s+(?:lo\s+)?(?:tengo\s+claro|sabria\s+decir\w*)\b|\bquien\s+sabe\b|\bsabe\s+dios\b|\bno\s+tengo\s+(?:el\s+)?dato\b|\bno\s+lo\s+(?:recuerdo|se\s+bien)\b|\bno\s+recuerdo\b|\bse\s+me\s+olvido\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AdmittedPattern();

    [GeneratedRegex(
        @"\bnever\s+(?:had|been|got|gotten|done|did)\b(?:\s+(?:it|one|that|them|a|an|my|any|the))?|\bhaven'?t\s+(?:had|been|got)\s+(?:it|one|that|a|an|any)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NeverHadPattern();

    [GeneratedRegex(
        @"\bnot\s+(?:been\s+)?(?:tested|measured|checked|had\s+(?:it|one|that))\b|\bhaven'?t\s+(?:had|been|got)\s+(?:tested|measured|checked)\b|\bnever\s+(?:had|been|got)\s+(?:\w+\s+){0,2}(?:tested|measured|checked|test|scan|scanned)\b" +
        @"|\bno\s+(?:test|scan|result|results|number|figure|reading)s?\s+(?:yet|done|taken)?\b|\bnunca\s+(?:me\s+)?(?:lo|la|los|las|han|he|hice|tuve|me)\b|\bno\s+me\s+(?:lo|la)\s+(?:han|hicieron)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NotTestedPattern();

    [GeneratedRegex(@"^\s*(?:no+|nope|nah|no\s+i\s+(?:do\s*n[o']?t|dont)|i\s+(?:do\s*n[o']?t|dont)|no\s+(?:i\s+)?(?:do\s*n[o']?t|dont)(?:\s+know)?|not\s+really|no\s+thanks?|no\s+gracias|negativo)\s*(?:[.!]+\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNoPattern();
}
