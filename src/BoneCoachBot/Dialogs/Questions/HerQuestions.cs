using BoneCoachBot.Commands;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// Her questions ("what's a T-score?", "why do you need that?", "who else sees my answers?"): a short answer from the
/// glossary and FAQ in dialogs/answers.json, the open question's own "why", or an honest "I can't answer that one".
/// </summary>
public sealed class HerQuestions(AnswerGuide guide, CommandCatalog commands)
{
    /// <summary>The answer to a question she asked, or null when her message is not a question we know.</summary>
    public string? Answer(string text, QuestionScript? open)
    {
        if (!guide.LooksLikeQuestion(text))
        {
            return null;
        }

        if (guide.Topic(text) is not { } topic)
        {
            return WordOfTheQuestion(text, open);
        }

        return topic.Answer.Contains("{why}", StringComparison.Ordinal)
            ? open is null ? commands.Text("noWhy") : topic.Answer.Replace("{why}", open.Why, StringComparison.Ordinal)
            : topic.Answer;
    }

    // "what do you mean by usually?": a word of the open question the glossary has no entry for is meant in its everyday
    // sense; what she is asked for is said with the question's why, rather than sending her to a clinician.
    private string? WordOfTheQuestion(string text, QuestionScript? open)
    {
        if (open is null || guide.MeaningAsked(text) is not { } word)
        {
            return null;
        }

        var asked = string.Join(' ', open.Answer.Choices.Select(c => c.Title).Prepend(open.Ask));
        return Phrases.Contains(asked, word)
            ? guide.Text("everydayWord").Replace("{why}", open.Why, StringComparison.Ordinal)
            : null;
    }

    /// <summary>Whether the message asks something (a question we have no answer for gets the clinician reply).</summary>
    public bool IsQuestion(string text) => guide.LooksLikeQuestion(text);

    /// <summary>The honest "I can't answer that": a question about a medicine or supplement names the pharmacist too.</summary>
    public string CantAnswer(string text) => guide.Text(guide.MentionsMedicine(text) ? "cantAnswerMedicine" : "cantAnswer");
}
