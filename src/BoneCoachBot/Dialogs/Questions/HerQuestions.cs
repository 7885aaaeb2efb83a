using System.Text.RegularExpressions;
using BoneCoach.Dialogs;
using BoneCoachBot.Commands;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// Her questions ("what's a T-score?", "why do you need that?", "who else sees my answers?"): a short answer from the
/// glossary and FAQ in dialogs/answers.json, the open question's own "why", or an honest "I can't answer that one".
/// </summary>
public sealed partial class HerQuestions(AnswerGuide guide, CommandCatalog commands)
{
    /// <summary>The answer to a question she asked, or null when her message is not a question we know.</summary>
    public string? Answer(string text, QuestionScript? open)
    {
        if (AsksWhatItIs(text) && open is not null)
        {
            return guide.TopicOfQuestion(open) is { } named ? Told(named, open, text) : WhyAsked(open);
        }

        if (!IsQuestion(text))
        {
            return null;
        }

        if (guide.Topic(text) is { } topic)
        {
            return Told(topic, open, text);
        }

        // "I do Pilates once a week, does that count?" names nothing the glossary knows: what the question counts, before
        // any number of hers is kept.
        return AsksWhetherItCounts(text) && open is not null && guide.TopicOfQuestion(open) is { } counted
            ? Told(counted, open, text)
            : WordOfTheQuestion(text, open);
    }

    /// <summary>What <paramref name="open"/> asks about, and why.</summary>
    public string WhyAsked(QuestionScript open)
    {
        ArgumentNullException.ThrowIfNull(open);
        return guide.Text(AnswerTextKeys.WhatItIs).Replace("{why}", open.Why, StringComparison.Ordinal);
    }

    // A "why" answered with a question's reason: the question she names, else the open one. With none open and none
    // named ("what's that for?" after her plan) there is nothing to explain.
    private string Told(TopicScript topic, QuestionScript? open, string text) =>
        !topic.Answer.Contains("{why}", StringComparison.Ordinal) ? topic.Answer
            : (AskedAbout(text, open) ?? open) is { } asked ? topic.Answer.Replace("{why}", asked.Why, StringComparison.Ordinal)
            : commands.Text(CommandTextKeys.NoQuestionOpen);

    // "why do you ask about periods?" at the history list: the question her words name, asked before or still to come,
    // rather than the open one (unless she names the open one's own subject).
    private QuestionScript? AskedAbout(string text, QuestionScript? open)
    {
        bool Names(string questionId) => Phrases.ContainsAny(text, guide.SubjectWords(questionId));
        return open is not null && Names(open.Id) ? open
            : guide.Questions.FirstOrDefault(q => q.Question.Id != open?.Id && q.Question.Id != AnswerGuide.AgeQuestion && Names(q.Question.Id))?.Question;
    }

    // "no idea what that is", "what's that?", "never heard of it", "no sé qué es eso": she asks what the question's own
    // thing is without naming it, so the glossary entry the question names is her answer. The whole message only.
    private static bool AsksWhatItIs(string text) => WhatItIsPattern().IsMatch(TextNormalizer.Normalize(text));

    [GeneratedRegex(
        @"^(?>(?:sorry|um+|hmm+|erm|well|oh)\s+)*(?:(?:i\s+)?(?:have\s+)?no\s+idea\s+|i\s+don\s*t\s+know\s+|i\s+dont\s+know\s+|not\s+sure\s+|i\s+m\s+not\s+sure\s+|dunno\s+)?" +
        @"(?:what\s+(?:s|is|are|does|do)\s+(?:that|this|those|these|it|they)(?:\s+(?:mean|means))?|what\s+(?:that|this|it|those|these|they)\s+(?:is|are|means?)|never\s+heard\s+of\s+(?:it|that|them|those))" +
        @"(?>\s+(?:sorry|then|exactly|please))*$" +
        @"|^(?>(?:perdon|pues|eh)\s+)*(?:no\s+se\s+)?(?:que|lo\s+que)\s+(?:es|son|significa)(?:\s+(?:eso|esto|esos|esas))?$" +
        @"|^nunca\s+he\s+oido\s+hablar\s+de\s+(?:eso|ellos|ellas|ello)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex WhatItIsPattern();

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
            ? guide.Text(AnswerTextKeys.EverydayWord).Replace("{why}", open.Why, StringComparison.Ordinal)
            : null;
    }

    /// <summary>Whether the message asks something (a question we have no answer for gets the clinician reply).</summary>
    public bool IsQuestion(string text) => guide.LooksLikeQuestion(text) || AsksWhatItIs(text) || AsksWhetherItCounts(text);

    // "does that count", "would it count", "¿eso cuenta?", anywhere in her message.
    private static bool AsksWhetherItCounts(string text) => CountsPattern().IsMatch(TextNormalizer.Normalize(text));

    [GeneratedRegex(
        @"\b(?:does|do|would|will|could|can|should)\s+(?:that|this|it|those|these|they)\s+(?:still\s+|even\s+)?count\b|\bis\s+(?:that|this|it)\s+counted\b" +
        @"|\b(?:cuenta|cuentan|contaria|vale)\s+(?:eso|esto)\b|\b(?:eso|esto)\s+(?:cuenta|contaria|vale)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CountsPattern();

    /// <summary>The honest "I can't answer that": a question about a medicine or supplement names the pharmacist too.</summary>
    public string CantAnswer(string text) => guide.Text(guide.MentionsMedicine(text) ? AnswerTextKeys.CantAnswerMedicine : AnswerTextKeys.CantAnswer);
}
