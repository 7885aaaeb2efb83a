using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs;

/// <summary>Questions of dialogs/loading.json the code names; checked at start-up (<see cref="ScriptKeysCheck"/>).</summary>
[ScriptKeys(ScriptParts.Loading, ScriptKeyKind.Questions)]
public static class LoadingQuestionIds
{
    public const string StrengthSessionsPerWeek = "strengthSessionsPerWeek";

    public const string ImpactDaysPerWeek = "impactDaysPerWeek";

    public const string BalanceSessionsPerWeek = "balanceSessionsPerWeek";

    public const string WalkingDaysPerWeek = "walkingDaysPerWeek";
}
