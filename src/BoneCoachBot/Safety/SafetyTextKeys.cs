using BoneCoachBot.Script;

namespace BoneCoachBot.Safety;

/// <summary>The texts of dialogs/safety.json the safety net says; checked at start-up (<see cref="ScriptKeysCheck"/>).</summary>
[ScriptKeys(ScriptParts.Safety, ScriptKeyKind.Texts)]
public static class SafetyTextKeys
{
    public const string Emergency = "emergency";
    public const string Crisis = "crisis";
    public const string Urgent = "urgent";
    public const string UrgentNoted = "urgentNoted";
    public const string AskSafe = "askSafe";
    public const string StillEmergency = "stillEmergency";
    public const string StillCrisis = "stillCrisis";
    public const string Resumed = "resumed";
    public const string CarryingOn = "carryingOn";
    public const string DistressCheck = "distressCheck";
    public const string ThoughtsNo = "thoughtsNo";
    public const string ReminderEmergency = "reminder.emergency";
    public const string ReminderFall = "reminder.fall";
    public const string ReminderCrisis = "reminder.crisis";
    public const string HappeningNow = "happeningNow";
    public const string NotNow = "notNow";
    public const string NotNowFracture = "notNowFracture";
    public const string DefaultEmergency = "defaultEmergency";
    public const string DefaultCrisis = "defaultCrisis";
    public const string CrisisLine = "crisisLine";
    public const string WhereChat = "where.chat";
    public const string WhereCheckIn = "where.checkIn";
}
