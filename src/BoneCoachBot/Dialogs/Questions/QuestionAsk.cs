namespace BoneCoachBot.Dialogs.Questions;

/// <summary>The options a scripted question is begun with (plain JSON in the dialog stack).</summary>
public sealed class QuestionAsk
{
    public string Part { get; set; } = string.Empty;

    public string QuestionId { get; set; } = string.Empty;

    /// <summary>Asked again after three unusable answers: skip allowed and offered.</summary>
    public bool Relaxed { get; set; }

    /// <summary>Asked again for an answer she already gave ("back", "change my answers"): her answer is shown and "keep" keeps it.</summary>
    public bool Revisit { get; set; }
}
