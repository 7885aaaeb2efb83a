namespace BoneCoachBot.Dialogs;

/// <summary>
/// What <see cref="DeepenDialog"/> asks: the not-yet-asked questions of one part (fine-tune) or of any part, highest
/// layer first, up to <see cref="Max"/> (a check-in). Kept as plain JSON in dialog state between her answers.
/// </summary>
public sealed record DeepenAsk
{
    /// <summary>The script part to deepen; null for any, highest layer first.</summary>
    public string? Part { get; init; }

    public int? Max { get; init; }

    /// <summary>Questions not to ask this time: a check-in has just asked about the same habit.</summary>
    public List<string> Except { get; init; } = [];

    /// <summary>Said once, before the first question.</summary>
    public string? Intro { get; init; }

    public int Asked { get; init; }

    /// <summary>Her plan before the first new answer, to say what changed.</summary>
    public PlanSnapshot? Before { get; init; }
}
