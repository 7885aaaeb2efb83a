using System.Globalization;
using System.Text.RegularExpressions;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>What her words at a list name that is not one of its options as written (dialogs/answers.json "mentions").</summary>
/// <param name="Ticks">Options they tick ("they took my ovaries at 44" ticks "Menopause before 45").</param>
/// <param name="Unticks">Options they rule out ("ovaries removed at 50" is not "Menopause before 45", whatever its synonyms say).</param>
/// <param name="Notes">What to tell her about the ones not ticked.</param>
public sealed record ListMentionsFound(IReadOnlyList<string> Ticks, IReadOnlyList<string> Unticks, IReadOnlyList<string> Notes)
{
    public bool Any => Ticks.Count > 0 || Notes.Count > 0;
}

/// <summary>
/// Reads a list question's mentions: a thing she names that ticks an option (with an age limit, "before 45"), or one the
/// list does not hold (an underactive thyroid among conditions that weaken bone), which is answered in her language.
/// </summary>
public sealed partial class ListMentions(AnswerGuide guide)
{
    public ListMentionsFound Read(QuestionScript list, string text)
    {
        ArgumentNullException.ThrowIfNull(list);
        var ticks = new List<string>();
        var unticks = new List<string>();
        var notes = new List<string>();
        var age = AgeAt(text);
        foreach (var mention in guide.Fact(list.Id)?.Mentions ?? [])
        {
            if (!Phrases.ContainsAny(text, mention.Phrases) || Phrases.ContainsAny(text, mention.NotWith))
            {
                continue;
            }

            // Said without an age it ticks (a red flag she may have counts as one); at the limit or later it does not.
            var tooLate = mention.BeforeAge is { } limit && age >= limit;
            if (mention.Ticks is { } option && !tooLate)
            {
                ticks.Add(option);
                continue;
            }

            if (mention.Ticks is { } ruledOut)
            {
                unticks.Add(ruledOut);
            }

            notes.Add(guide.Text(AnswerGuide.MentionText(mention)).Replace("{age}", age?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal));
        }

        return new ListMentionsFound(ticks, unticks, notes);
    }

    // "at 44", "at the age of 44", "when I was 44", "a los 44": how old she was when it happened.
    private static int? AgeAt(string text) =>
        AgePattern().Match(text ?? string.Empty) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\b(?:at\s+the\s+age\s+of|at\s+age|at|aged?|when\s+i\s+was|a\s+los|con)\s+(\d{2})\b(?!\s*(?:kg|lb|cm|%|mg))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AgePattern();
}
