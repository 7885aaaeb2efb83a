using BoneCoachBot.Script;

namespace BoneCoachBot.CheckIns;

/// <summary>The choices of the check-in's fall, fracture or new pain question the code reads; checked at start-up.</summary>
[ScriptKeys(ScriptParts.CheckIn, ScriptKeyKind.Choices, CheckInQuestionIds.FallFractureOrPain)]
public static class FallChoices
{
    public const string Fall = "fall";
    public const string Fracture = "fracture";
    public const string BackPain = "backPain";
}
