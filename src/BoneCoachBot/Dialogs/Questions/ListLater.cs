using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// A list still to come that her words name an option of: "I have coeliac disease" at "when was your last period?" is
/// for the conditions list a few questions on. She is told so, rather than that her answer wasn't understood; nothing is
/// ticked before the list itself is asked (it may hold more for her, or a "none" she would want to give).
/// </summary>
public static class ListLater
{
    private static readonly HashSet<string> Vague = new(StringComparer.Ordinal) { "other", "unsure", "none" };

    /// <summary>The label of the first list after <paramref name="openId"/> in its part, not answered yet and asked of everyone, that her words name an option of.</summary>
    public static string? Named(AnswerGuide guide, string openId, string text, IReadOnlyDictionary<string, StoredAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(answers);
        var order = guide.Questions.Select(q => q.Question.Id).ToList();
        var open = order.IndexOf(openId);
        if (open < 0)
        {
            return null;
        }

        // "In a moment" holds for a list of the same part; a later part may be days away.
        var part = guide.Questions[open].Part;
        return guide.Questions
            .Skip(open + 1)
            .TakeWhile(q => q.Part == part)
            .Select(q => q.Question)
            .Where(q => q.Answer.Type == AnswerType.MultiChoice && q.AskIf.Count == 0 && !answers.ContainsKey(q.Id))
            .Where(q => q.Answer.Choices.Any(c => !Vague.Contains(c.Value) && Phrases.ContainsAny(text, c.Synonyms.Append(c.Title))))
            .Select(q => guide.Fact(q.Id)?.Label)
            .FirstOrDefault(label => label is not null);
    }
}
