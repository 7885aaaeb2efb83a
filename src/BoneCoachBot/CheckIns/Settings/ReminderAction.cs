namespace BoneCoachBot.CheckIns.Settings;

/// <summary>What a reminder phrase does to her reminders.</summary>
public enum ReminderAction
{
    Set,
    Pause,
    Resume,
    Stop,
    SetTimeZone,
}
