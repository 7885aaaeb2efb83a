namespace BoneCoachBot.Coaching;

/// <summary>The question open right now: the script part (file) and the question id. Null between questions.</summary>
public sealed record QuestionPosition(string Part, string QuestionId);

/// <summary>What the coach keeps per conversation (ConversationState) next to the dialog stack.</summary>
public sealed class ConversationMarks
{
    public QuestionPosition? Position { get; set; }

    public DateTimeOffset? LastMessageAt { get; set; }

    /// <summary>A safety value read from a sentence, waiting for her "yes" before it is kept.</summary>
    public PendingReadBack? ReadBack { get; set; }

    /// <summary>Unusable answers to <see cref="MissesFor"/> so far; the first gets our own reply, later ones the prompt's retry.</summary>
    public int Misses { get; set; }

    public string? MissesFor { get; set; }

    /// <summary>The question she answered last, whatever its part: "oh sorry, I meant 3" at the next question changes it.</summary>
    public string? LastAnswered { get; set; }

    /// <summary>The question she has just left out ("I don't know"): "maybe 15 years ago" at the next one may be its answer.</summary>
    public string? JustSkipped { get; set; }

    /// <summary>A new value she gave without saying which answer it changes ("oh I meant 62"): "my age" next names it.</summary>
    public string? PendingChange { get; set; }
}

/// <summary>
/// An answer read back to her ("So your lowest T-score was -2.8, is that right?"), kept only after a yes; Asked is the
/// line she was asked (null in marks saved before it was kept), asked again when she answers something else first.
/// With <see cref="Ungates"/> it asks whether her no changes the yes that opened the question: Answer is that no.
/// </summary>
public sealed record PendingReadBack(string QuestionId, StoredAnswer Answer, string? Asked = null)
{
    /// <summary>The yes/no question whose yes opened <see cref="QuestionId"/>, which Answer would change.</summary>
    public string? Ungates { get; init; }
}
