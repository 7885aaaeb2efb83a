using BoneCoachBot.Script;

namespace BoneCoachBot.Language;

/// <summary>The texts of dialogs/commands.json the language switch says.</summary>
[ScriptKeys(ScriptParts.Commands, ScriptKeyKind.Texts)]
public static class LanguageTextKeys
{
    /// <summary>Said in the language she just chose.</summary>
    public const string LanguageChosen = "languageChosen";
}
