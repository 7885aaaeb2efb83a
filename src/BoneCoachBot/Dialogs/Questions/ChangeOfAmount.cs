using System.Text.RegularExpressions;
using BoneCoach.Dialogs;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// "I lost 5 kg last year", "I've put on 10 pounds", "I'm down 3 stone", "he perdido 6 kilos": a number said as how much something changed,
/// not how much it is now. At the weight question it is never her weight ("lost 30 kilos" is in range).
/// </summary>
public static partial class ChangeOfAmount
{
    /// <summary>Whether a change word stands right before a number ("lost about 5", "I'm down 3"; not "up by 6" of waking).</summary>
    public static bool Says(string text) => Pattern().IsMatch(TextNormalizer.Normalize(text));

    // Her words are normalized (lower case, one space between words), so each gap is one space.
    [GeneratedRegex(
        @"\b(?:lost|gained|put on|dropped|shed|shrunk|shrank|grown|(?:i m|im|i am|i ve gone|gone|went|come) (?:up|down)) (?:by )?(?:(?:about|around|roughly|nearly|almost|over|just over|a good) )?\d" +
        @"|\b(?:perdido|perdi|ganado|gane|bajado|baje|subido|subi|engordado|engorde|adelgazado|adelgace|encogido) (?:(?:unos|unas|casi|mas de) )?\d",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
