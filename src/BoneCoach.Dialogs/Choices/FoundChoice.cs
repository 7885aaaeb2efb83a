namespace BoneCoach.Dialogs;

/// <summary>
/// The choice a user picked: its value, its position in the list, how sure the match is (0..1), and the synonym (or
/// title, or value) her words matched, as in the SDK.
/// </summary>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym = null);
