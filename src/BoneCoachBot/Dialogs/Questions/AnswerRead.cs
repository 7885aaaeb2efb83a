using BoneCoachBot.Coaching;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>What a message says about one question.</summary>
public enum AnswerReadKind
{
    /// <summary>Nothing usable for this question.</summary>
    Unread,

    /// <summary>A value, in the question's unit.</summary>
    Value,

    /// <summary>"I don't know" (or "no" to "do you know your ...?").</summary>
    Unknown,

    /// <summary>A value, but outside what the question takes.</summary>
    OutOfRange,

    /// <summary>A bare number that fits two units: the prompt asks which.</summary>
    Ambiguous,

    /// <summary>A count of something other than the question's unit ("4 glasses" for units of alcohol): asked again in its unit.</summary>
    NotUnits,
}

/// <summary>One question's reading of a message; <see cref="FromSentence"/> when the value came with other words around it.</summary>
public sealed record AnswerRead(AnswerReadKind Kind, StoredAnswer? Answer = null, bool FromSentence = false)
{
    /// <summary>Read from a vague word ("sometimes") or a hedge ("3 or 4"): read back before it is kept.</summary>
    public bool Vague { get; init; }

    /// <summary>A bare yes followed only by another question's subject: asked about before it is kept.</summary>
    public bool AboutOther { get; init; }

    public static AnswerRead Unread { get; } = new(AnswerReadKind.Unread);

    public static AnswerRead Unknown { get; } = new(AnswerReadKind.Unknown);

    public bool IsValue => Kind == AnswerReadKind.Value;
}
