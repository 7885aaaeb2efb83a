namespace BoneCoachBot.CheckIns.Progress;

/// <summary>The chart's words, from dialogs/checkin.json.</summary>
public sealed record ChartLabels(string Title, string YAxis, string StrengthSessions, string StrengthGoal, string ProteinDays, string SleepHours, string BalanceSessions);
