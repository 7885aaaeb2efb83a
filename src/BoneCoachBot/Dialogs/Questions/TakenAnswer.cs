using BoneCoachBot.Coaching;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// The open question's answer as <see cref="QuestionTurn"/> read it, handed to <see cref="ScriptedQuestionDialog"/>
/// for this turn only (the prompt it ends carries no value of its own).
/// </summary>
public static class TakenAnswer
{
    private const string Key = "BoneCoach.TakenAnswer";

    public static void Set(ITurnContext turnContext, string questionId, StoredAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[Key] = (questionId, answer);
    }

    public static StoredAnswer? For(ITurnContext turnContext, string questionId)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.TryGetValue(Key, out var value) && value is (string id, StoredAnswer answer) && id == questionId ? answer : null;
    }
}
