using BoneCoachBot.Script;

namespace BoneCoachBot.CheckIns;

/// <summary>
/// The fixed texts of dialogs/checkin.json; checked at start-up (<see cref="ScriptKeysCheck"/>). The texts named after
/// the core's metrics and trends are checked by <see cref="CheckInScriptCheck"/>.
/// </summary>
[ScriptKeys(ScriptParts.CheckIn, ScriptKeyKind.Texts)]
public static class CheckInTextKeys
{
    public const string Intro = "intro";
    public const string Reminder = "reminder";
    public const string Done = "done";
    public const string LeftOut = "leftOut";
    public const string AheadKept = "aheadKept";
    public const string AheadTaken = "aheadTaken";
    public const string Week = "week";
    public const string Streak = "streak";
    public const string NoStreak = "noStreak";
    public const string KeepGoing = "adjust.keepGoing";
    public const string MakeTargetSmaller = "adjust.makeTargetSmaller";
    public const string SeeClinicianFirst = "adjust.seeClinicianFirst";
    public const string BuildRepsAndSets = "adjust.buildRepsAndSets";
    public const string ProgressWithPhysiotherapist = "adjust.progressWithPhysiotherapist";
    public const string NoCheckIns = "noCheckIns";
    public const string ProgressIntro = "progressIntro";
    public const string CardTitle = "card.title";
    public const string ChartTitle = "chart.title";
    public const string ChartYAxis = "chart.yAxis";
    public const string ChartStrengthSessions = "chart.strengthSessions";
    public const string ChartStrengthGoal = "chart.strengthGoal";
    public const string ChartProteinDays = "chart.proteinDays";
    public const string ChartSleepHours = "chart.sleepHours";
    public const string ChartBalanceSessions = "chart.balanceSessions";
    public const string ChartAlt = "chart.alt";
}
