using System.Globalization;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Dialogs;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;

namespace BoneCoachBot.Language;

/// <summary>
/// A kept answer as the turn's language says it. Her readable answer is stored in the words of the day she gave it
/// ("Sí", "2 veces por semana"); after she switches language, a choice (or those she picked from a list) reads as its
/// title, yes/no, a frequency and a duration in today's words; a number or quantity reads as she gave it.
/// </summary>
public static class SpokenAnswer
{
    /// <param name="commands">dialogs/commands.json in the turn's language (its "yes", "no", "perWeek", "daysPerWeek", "years", "noneOfThese").</param>
    public static string Of(QuestionScript question, StoredAnswer answer, DialogScript commands)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(commands);
        return answer switch
        {
            { YesNo: { } yes } => commands.Text(yes ? CommandTextKeys.Yes : CommandTextKeys.No),
            { Choices.Count: 0 } => commands.Text(DeepenTextKeys.NoneOfThese),
            { Choices: { } picked } => string.Join(", ", question.Answer.Choices.Where(c => picked.Contains(c.Value)).Select(c => c.Title)),
            { Choice: { } value } when question.Answer.Choices.FirstOrDefault(c => c.Value == value) is { } choice => choice.Title,
            { Number: { } perWeek } when question.Answer.Type == AnswerType.Frequency => UnitWords.PerWeek(commands, Format(perWeek), question.Answer.Counts),
            { Number: { } years } when question.Answer.Type == AnswerType.Duration => UnitWords.Years(commands, years, question.Answer.Ago),
            _ => answer.Readable,
        };
    }

    // The same number format as when the answer was read (AnswerReading).
    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
