using BoneCoachBot.State;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.CheckIns.Reminders;

/// <summary>A registration as read, with the ETag a claim or change must match.</summary>
public sealed record StoredReminder(ReminderRegistration Registration, string? ETag)
{
    public static StoredReminder From(JObject item) =>
        new(item.ToObject<ReminderRegistration>()!, item[StoredDocument.ETagProperty]?.Value<string>());
}
