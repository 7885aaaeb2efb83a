namespace BoneCoachBot.CheckIns.Reminders;

public enum ReminderStatus
{
    Active,
    // Kept with her day and time so "resume reminders" needs no new questions.
    Paused,
    // Never contacted again until she sets a reminder herself.
    Stopped,
}
