using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>
/// "none", "none at all", "nope, none", "nothing", "ninguno", "nada": the whole answer says there is none of what was
/// asked, which at a yes/no question ("Do you take steroid tablets?") is a no. Narrower than <see cref="ZeroWords"/> on
/// purpose: "not any more", "gave up" and "I don't now" speak of the past and the present and must stay free for a
/// question that tells a former habit from a current one.
/// </summary>
public static partial class NoneWords
{
    /// <summary>Whether the whole message says none.</summary>
    public static bool Matches(string? text) => NonePattern().IsMatch(TextFold.Fold(TextBudget.Slice(text)));

    [GeneratedRegex(
        @"^\s*(?>(?:no+|nope|nah|well|hmm+|um+|er+|erm|oh|honestly|pues|bueno|no\s*(?:,\s*)?no)[\s,.!]+)*" +
        @"(?:none|nothing|nil|zilch|none\s+whatsoever|ningun[oa]?|nada|ninguno\s+de\s+ellos|ninguna\s+de\s+ellas)" +
        @"(?>[\s,.!]+(?:at\s+all|whatsoever|really|thanks|thank\s+you|de\s+nada|nada|en\s+absoluto|gracias|la\s+verdad))*\s*(?:[.!]+\s*)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NonePattern();
}
