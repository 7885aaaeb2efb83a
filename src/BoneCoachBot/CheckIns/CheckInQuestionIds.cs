using BoneCoachBot.Script;

namespace BoneCoachBot.CheckIns;

/// <summary>The questions of dialogs/checkin.json the check-in asks; checked at start-up (<see cref="ScriptKeysCheck"/>).</summary>
[ScriptKeys(ScriptParts.CheckIn, ScriptKeyKind.Questions)]
public static class CheckInQuestionIds
{
    public const string StrengthSessions = "strengthSessions";
    public const string ImpactDays = "impactDays";
    public const string BalanceSessions = "balanceSessions";
    public const string ProteinDays = "proteinDays";
    public const string SleepHours = "sleepHours";
    public const string SupplementsTaken = "supplementsTaken";
    public const string FallFractureOrPain = "fallFractureOrPain";
}
