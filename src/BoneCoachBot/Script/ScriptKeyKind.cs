namespace BoneCoachBot.Script;

/// <summary>What a class of <see cref="ScriptKeysAttribute"/> keys names in its file.</summary>
public enum ScriptKeyKind
{
    /// <summary>Keys of the file's "texts".</summary>
    Texts,

    /// <summary>Ids of the file's questions.</summary>
    Questions,

    /// <summary>Ids of the file's commands (dialogs/commands.json).</summary>
    Commands,

    /// <summary>Choice values of one question.</summary>
    Choices,

    /// <summary>Names of the file's phrase lists (dialogs/answers.json).</summary>
    Phrases,
}
