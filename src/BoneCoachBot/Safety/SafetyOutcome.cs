namespace BoneCoachBot.Safety;

/// <summary>What the safety net did with a message, and so what <see cref="Bots.CoachBot"/> does next.</summary>
public enum SafetyOutcome
{
    /// <summary>Nothing for the safety net alone: the message goes on to commands and the open question (possibly reworded).</summary>
    GoOn,

    /// <summary>The safety net's reply is the whole turn: the conversation waits.</summary>
    Answered,

    /// <summary>She said it passed, or answered its question: the open question is asked again, nothing else of the message is read.</summary>
    AskOpenQuestionAgain,
}
