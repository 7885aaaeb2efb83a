namespace BoneCoachBot.Script;

/// <summary>
/// Marks a class of <c>const string</c> keys that code reads from a file of dialogs/: texts, question ids, command ids
/// or the choice values of one question. <see cref="ScriptKeysCheck"/> finds every such class at start-up and stops
/// the bot when a key is missing from its file, so a renamed key never surfaces in her chat.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ScriptKeysAttribute(string part, ScriptKeyKind kind, string? questionId = null) : Attribute
{
    /// <summary>The file of dialogs/ without ".json" (see <see cref="ScriptParts"/>).</summary>
    public string Part { get; } = part;

    public ScriptKeyKind Kind { get; } = kind;

    /// <summary>For <see cref="ScriptKeyKind.Choices"/>: the question whose choice values the keys are.</summary>
    public string? QuestionId { get; } = questionId;
}
