using System.Globalization;
using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>A prompt's value as a <see cref="StoredAnswer"/> in the script's unit, with a readable form.</summary>
public sealed class AnswerReading(CommandCatalog catalog)
{
    private const double DaysPerYear = 365.25;

    public StoredAnswer? Read(QuestionScript question, WaterfallStepContext step, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(step);
        return question.Answer.Type switch
        {
            AnswerType.Number => step.ResultAs<double?>() is { } number ? Numeric(number, Format(number)) : null,
            AnswerType.Quantity => step.ResultAs<Quantity>() is { } quantity
                ? Numeric((double)quantity.Value, UnitWords.Amount(catalog, quantity.Value.ToString(CultureInfo.InvariantCulture), quantity.Unit)) : null,
            AnswerType.Frequency => step.ResultAs<double?>() is { } perWeek ? Numeric(perWeek, UnitWords.PerWeek(catalog.Script, Format(perWeek), question.Answer.Counts)) : null,
            AnswerType.Duration => step.ResultAs<DateAnswer>() is { } date && Years(date, today) is { } years
                ? Numeric(years, UnitWords.Years(catalog.Script, years, question.Answer.Ago)) : null,
            AnswerType.Choice => step.ResultAs<FoundChoice>() is { } found && found.Index < question.Answer.Choices.Count
                ? Chosen(question.Answer.Choices[found.Index]) : null,
            AnswerType.MultiChoice => step.ResultAs<ChosenSet>() is { } set ? Picked(question, set) : null,
            AnswerType.YesNo => step.ResultAs<bool?>() is { } yes ? new StoredAnswer { YesNo = yes, Readable = catalog.YesOrNo(yes) } : null,
            _ => step.ResultAs<string>() is { } text ? new StoredAnswer { Readable = text } : null,
        };
    }

    /// <summary>Years from a date answer: a duration ("2 years") as it is, a date or period ("in 2019") back from today.</summary>
    public static double? Years(DateAnswer answer, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Duration is { } duration)
        {
            return duration.TotalDays / DaysPerYear;
        }

        return answer.ApproximateDate is { } day && day <= today ? (today.DayNumber - day.DayNumber) / DaysPerYear : null;
    }

    /// <summary>
    /// The yes/no answers a multi-choice answer gives (its choices' "fills"): ticked is yes, not ticked is no. Nothing
    /// for a skipped one: then each of those questions is asked on its own.
    /// </summary>
    public IEnumerable<(string QuestionId, StoredAnswer Answer)> Fills(QuestionScript question, StoredAnswer answer, ConversationScript script)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(script);
        if (answer.Choices is not { } chosen)
        {
            yield break;
        }

        foreach (var choice in question.Answer.Choices.Where(c => c.Fills is not null))
        {
            var target = script.Dialogs.Values.SelectMany(d => d.Questions).First(q => q.Id == choice.Fills);
            var yes = chosen.Contains(choice.Value, StringComparer.Ordinal);
            yield return (target.Id, target.Answer.Type == AnswerType.YesNo
                ? new StoredAnswer { YesNo = yes, Readable = catalog.YesOrNo(yes) }
                : Chosen(target.Answer.Choices.First(c => c.Value == (yes ? "yes" : "no"))));
        }
    }

    // The prompt's choices are the script's titles (with the values as synonyms): back to values, in the script's order.
    private StoredAnswer Picked(QuestionScript question, ChosenSet set)
    {
        var picked = question.Answer.Choices.Where(c => set.Contains(c.Title)).ToList();
        return new StoredAnswer
        {
            Choices = picked.Select(c => c.Value).ToList(),
            Readable = picked.Count == 0 ? catalog.Text(DeepenTextKeys.NoneOfThese) : string.Join(", ", picked.Select(c => c.Title)),
        };
    }

    private static StoredAnswer Numeric(double value, string readable) => new() { Number = value, Readable = readable };

    private static StoredAnswer Chosen(ChoiceScript choice) => new() { Choice = choice.Value, Readable = choice.Title };

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
