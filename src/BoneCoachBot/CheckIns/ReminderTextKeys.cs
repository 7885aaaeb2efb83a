using BoneCoachBot.Script;

namespace BoneCoachBot.CheckIns;

/// <summary>The texts of dialogs/reminders.json; checked at start-up (<see cref="ScriptKeysCheck"/>).</summary>
[ScriptKeys(ScriptParts.Reminders, ScriptKeyKind.Texts)]
public static class ReminderTextKeys
{
    public const string Proposal = "proposal";
    public const string ProposalDeclined = "proposalDeclined";
    public const string ProposalRetry = "proposalRetry";
    public const string ZoneGuessed = "zoneGuessed";
    public const string Set = "set";
    public const string Paused = "paused";
    public const string Resumed = "resumed";
    public const string Stopped = "stopped";
    public const string NotSet = "notSet";
    public const string TimeZoneSet = "timeZoneSet";
    public const string UnknownTimeZone = "unknownTimeZone";
    public const string CheckInNow = "checkInNow";
    public const string NotNow = "notNow";
    public const string NotNowReply = "notNowReply";
}
