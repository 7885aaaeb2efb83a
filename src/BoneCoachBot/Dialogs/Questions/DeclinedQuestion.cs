using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// A required question she would rather not answer, handed from <see cref="QuestionTurn"/> to
/// <see cref="ScriptedQuestionDialog"/> for this turn only: it is asked again with skip offered.
/// </summary>
public static class DeclinedQuestion
{
    private const string Key = "BoneCoach.DeclinedQuestion";

    public static void Set(ITurnContext turnContext, string questionId)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[Key] = questionId;
    }

    public static bool Is(ITurnContext turnContext, string questionId)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.TryGetValue(Key, out var value) && value is string id && id == questionId;
    }
}
