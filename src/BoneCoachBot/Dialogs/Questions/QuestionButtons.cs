using BoneCoachBot.Commands;
using BoneCoachBot.Script;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// A question's own answers as buttons, in the turn's language, for a reply that stands in for the prompt's: her message
/// took the question's buttons off the screen.
/// </summary>
public static class QuestionButtons
{
    public static IList<CardAction> YesNo(CommandCatalog commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return [.. new[] { "yes", "no" }.Select(key => Button(commands.Text(key)))];
    }

    /// <summary>Yes and no, or the choices of a choice question.</summary>
    public static IList<CardAction> Of(QuestionScript question, CommandCatalog commands)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Answer.Type == AnswerType.YesNo ? YesNo(commands) : [.. question.Answer.Choices.Select(choice => Button(choice.Title))];
    }

    /// <summary>Each of <paramref name="labels"/> as a button ("2", "3").</summary>
    public static IList<CardAction> Labelled(params string[] labels) => [.. labels.Select(Button)];

    private static CardAction Button(string label) => new(ActionTypes.ImBack, label, value: label);
}
