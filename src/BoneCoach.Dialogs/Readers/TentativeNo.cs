using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>
/// "I don't think so", "not that I know of", "creo que no": a no she is not sure of. Read as the no, but never kept
/// without reading it back, as a vague "sometimes" is.
/// </summary>
public static partial class TentativeNo
{
    /// <summary>Whether the whole message is a tentative no.</summary>
    public static bool Matches(string? text) => TentativePattern().IsMatch(TextFold.Fold(TextBudget.Slice(text)));

    [GeneratedRegex(
        @"^\s*(?>(?:no+|nope|nah|um+|hmm+|er+|erm|well|pues|bueno|mmm+)[\s,.!]+)*" +
        @"(?:(?:i\s+)?(?:do\s*n[o']?t|dont)\s+(?:think|believe)\s+so|not\s+that\s+(?:i\s+(?:know|am\s+aware|remember|recall)|i'?m\s+aware)(?:\s+of)?|" +
        @"not\s+as\s+far\s+as\s+i\s+know|probably\s+not|i\s+doubt\s+it|" +
        @"creo\s+que\s+no|no\s+creo|que\s+yo\s+sepa\s+no|no\s+que\s+yo\s+sepa|me\s+parece\s+que\s+no|(?:yo\s+)?diria\s+que\s+no|probablemente\s+no" +
        @")(?>[\s,.!]+(?:really|no|actually|la\s+verdad))*\s*(?:[.!]+\s*)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex TentativePattern();
}
