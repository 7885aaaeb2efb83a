using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// <see cref="QuestionTurn"/> read no answer to the open question in her message, for this turn only: the prompt then
/// asks again instead of reading her words itself. Its recognizers have none of the reader's checks: the choice matcher
/// found "I take one now" in "now and then", and the date recognizer took "I do pilates on a tuesday" for her last period
/// "less than a week ago". What the answer corpus calls no answer must be none.
/// </summary>
public static class NothingRead
{
    private const string Key = "BoneCoach.NothingRead";

    public static void Set(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[Key] = true;
    }

    public static bool In(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.ContainsKey(Key);
    }
}
