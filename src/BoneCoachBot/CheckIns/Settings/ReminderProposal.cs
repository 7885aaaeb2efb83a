namespace BoneCoachBot.CheckIns.Settings;

/// <summary>The weekly reminder offered after the plan, kept in the dialog's state until she answers.</summary>
/// <param name="Time">Her local time, "HH:mm".</param>
/// <param name="ZoneGuessed">Her channel sent no time zone, so the configured default stands in (and she is told).</param>
public sealed record ReminderProposal(DayOfWeek Day, string Time, string TimeZone, bool ZoneGuessed);
