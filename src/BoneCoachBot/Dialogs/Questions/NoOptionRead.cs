using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// <see cref="QuestionTurn"/> read no option in her message at a choice question, for this turn only: the prompt then
/// asks again instead of matching her words itself. Its matcher has none of the reader's checks, and found "I take one
/// now" in "now and then" and "I used to" in "I used to walk a lot": what the answer corpus calls no answer must be none.
/// </summary>
public static class NoOptionRead
{
    private const string Key = "BoneCoach.NoOptionRead";

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
