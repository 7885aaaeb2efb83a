using BoneCoachBot.Coaching;
using BoneCoachBot.Script;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// What the bot says when an answer could not be used: that it didn't catch it (or what it did catch), one example in
/// her units, and buttons from the script from the second miss on, with "I don't know" where the question is optional.
/// </summary>
public sealed class RetryWording(AnswerGuide guide)
{
    public string DidntCatch(QuestionScript question, bool imperial)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Fill(guide.Text(question.Answer.Type is AnswerType.Choice or AnswerType.YesNo ? AnswerTextKeys.DidntCatchChoice : AnswerTextKeys.DidntCatch), question, imperial);
    }

    /// <summary>For "I don't know" to a number she must give: a guess will do, with an example (not "I didn't catch a number").</summary>
    public string RoughGuess(QuestionScript question, bool imperial) => Fill(guide.Text(AnswerTextKeys.UnknownRequired), question, imperial);

    /// <summary>"I read that as 61, but I need ..."; for an answer that belongs to another question.</summary>
    public string Understood(QuestionScript question, string value, bool imperial) =>
        Fill(guide.Text(AnswerTextKeys.Understood), question, imperial).Replace("{value}", value, StringComparison.Ordinal);

    public string Example(QuestionScript question, bool imperial)
    {
        ArgumentNullException.ThrowIfNull(question);
        var fact = guide.Fact(question.Id);
        return (imperial ? fact?.ExampleImperial : null) ?? fact?.Example
            ?? question.Answer.Choices.FirstOrDefault()?.Title ?? guide.Text(AnswerTextKeys.ExpectYesNo);
    }

    /// <summary>Buttons for a number, amount or frequency question: the script's easy answers and, when optional, "I don't know".</summary>
    public IList<CardAction> Buttons(QuestionScript question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Answer.Type is AnswerType.Choice or AnswerType.YesNo)
        {
            return [];
        }

        var labels = (guide.Fact(question.Id)?.Buttons ?? []).ToList();
        if (question.Optional)
        {
            labels.Add(guide.Text(AnswerTextKeys.DontKnow));
        }

        return labels.Select(label => new CardAction(ActionTypes.ImBack, label, value: label)).ToList();
    }

    /// <summary>Her units: US English, or an earlier answer she gave in pounds, feet or inches.</summary>
    public static bool Imperial(Activity activity, CoachingRecord record)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(record);
        return string.Equals(activity.Locale, "en-US", StringComparison.OrdinalIgnoreCase)
            || record.Answers.Values.Any(a => a.Readable.Contains(" lb", StringComparison.Ordinal) || a.Readable.Contains(" ft", StringComparison.Ordinal)
                || a.Readable.Contains(" in ", StringComparison.Ordinal));
    }

    private string Fill(string template, QuestionScript question, bool imperial) =>
        template.Replace("{expect}", guide.Text(Expect(question.Answer.Type)), StringComparison.Ordinal)
            .Replace("{example}", Example(question, imperial), StringComparison.Ordinal);

    private static string Expect(AnswerType type) => type switch
    {
        AnswerType.Number => AnswerTextKeys.ExpectNumber,
        AnswerType.Quantity => AnswerTextKeys.ExpectQuantity,
        AnswerType.Frequency => AnswerTextKeys.ExpectFrequency,
        AnswerType.Duration => AnswerTextKeys.ExpectDuration,
        AnswerType.Choice => AnswerTextKeys.ExpectChoice,
        AnswerType.MultiChoice => AnswerTextKeys.ExpectMultiChoice,
        AnswerType.YesNo => AnswerTextKeys.ExpectYesNo,
        _ => AnswerTextKeys.ExpectText,
    };
}
