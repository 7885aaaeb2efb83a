using BoneCoachBot.Script;

namespace BoneCoachBot.CheckIns;

/// <summary>The choices of the check-in's supplements question the code counts; checked at start-up.</summary>
[ScriptKeys(ScriptParts.CheckIn, ScriptKeyKind.Choices, CheckInQuestionIds.SupplementsTaken)]
public static class SupplementChoices
{
    public const string AllDays = "allDays";
    public const string MostDays = "mostDays";
    public const string FewDays = "fewDays";
}
