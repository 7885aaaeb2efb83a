namespace BoneCoach.Dialogs;

/// <summary>What a <see cref="MultiChoicePrompt"/> understood: the values she picked, in the list's order; empty for "none".</summary>
public sealed record ChosenSet(IReadOnlyList<string> Values)
{
    public static ChosenSet None { get; } = new(Array.Empty<string>());

    public bool IsNone => Values.Count == 0;

    public bool Contains(string value) => Values.Contains(value, StringComparer.Ordinal);

    public override string ToString() => IsNone ? "none" : string.Join(", ", Values);
}
