using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BoneCoach.Dialogs;

/// <summary>Copies an activity before sending it.</summary>
internal static class ActivityCopy
{
    // Sending stamps addresses onto the activity; the question kept in dialog state must stay as the caller wrote it.
    public static Activity Of(Activity activity) => JObject.FromObject(activity).ToObject<Activity>()!;
}
