namespace BoneCoachBot.CheckIns.Reminders;

/// <summary>Storage keys of reminder items; no channel or user id is ever used outside these keys.</summary>
public static class ReminderKeys
{
    public const string Index = "reminders/index";

    public static string For(string channelId, string userId) => $"reminders/{channelId}/users/{userId}";
}
