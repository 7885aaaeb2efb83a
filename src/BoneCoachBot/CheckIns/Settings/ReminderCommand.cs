namespace BoneCoachBot.CheckIns.Settings;

/// <summary>What a reminder phrase asks for. Day and time are null when she left them out ("remind me at 8").</summary>
public sealed record ReminderCommand(ReminderAction Action, DayOfWeek? Day = null, TimeOnly? Time = null, string? TimeZone = null);
