using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs;

/// <summary>The question of dialogs/consent.json; checked at start-up (<see cref="ScriptKeysCheck"/>).</summary>
[ScriptKeys(ScriptParts.Consent, ScriptKeyKind.Questions)]
public static class ConsentQuestionIds
{
    public const string KeepAnswers = "keepAnswers";
}
