using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>The phrase lists of dialogs/answers.json the code reads; checked at start-up (<see cref="ScriptKeysCheck"/>).</summary>
[ScriptKeys(ScriptParts.Answers, ScriptKeyKind.Phrases)]
public static class AnswerPhraseKeys
{
    public const string Unknown = "unknown";
    public const string None = "none";
    public const string Correction = "correction";
    public const string Question = "question";
    public const string Decline = "decline";
    public const string OtherThings = "otherThings";
    public const string MedicineWords = "medicineWords";
    public const string MeaningAsked = "meaningAsked";
}
