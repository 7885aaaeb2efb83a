namespace BoneCoachBot.Dialogs.Questions;

/// <summary>What a message at a question is, decided before anything is said or stored.</summary>
public enum DecisionKind
{
    /// <summary>An answer (or facts) to read: <see cref="AnswerDecision.Reading"/>.</summary>
    Reading,

    /// <summary>Her question, answered from the glossary, the FAQ or the question's why.</summary>
    HerQuestion,

    /// <summary>Her question, with no answer here: her clinician can.</summary>
    CantAnswer,

    /// <summary>A change to an earlier answer.</summary>
    Correction,

    /// <summary>A correction that names no answer we can find: <see cref="AnswerDecision.NewValue"/> is the value she gave, if any.</summary>
    WhichAnswer,

    /// <summary>She would rather not answer the open question.</summary>
    Declined,
}

public sealed record AnswerDecision(DecisionKind Kind, string? Reply = null, AnswerChange? Correction = null, MessageReading? Reading = null, string? NewValue = null);
