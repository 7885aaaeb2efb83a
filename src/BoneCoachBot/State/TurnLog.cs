using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.State;

/// <summary>
/// The activities a conversation recently took, by id, with the replies they got: kept in the conversation item
/// itself, so it is saved in the same commit as the turn it describes. A channel that re-sends an activity (its
/// reply was lost, or it retried on a time-out) gets the same replies again, and the turn is not run twice.
/// </summary>
public static class TurnLog
{
    /// <summary>The conversation item's property; BotState carries unknown properties through load and save.</summary>
    public const string Property = "_turnLog";

    // Channels retry within seconds to minutes (Bot Service: a few retries over ~15 s); the last 20 activities of one
    // conversation cover that many times over. Replies are kept for the newest 3 only: a plan card or a progress
    // chart is tens of KB, and an old duplicate still changes nothing without them.
    private const int RememberedActivities = 20;
    private const int RememberedReplies = 3;

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    });

    /// <summary>The id that makes an activity a repeat, or null for one that can't be told apart (no id, a proactive turn).</summary>
    public static string? IdOf(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var continuation = activity.Type == ActivityTypes.Event && activity.AsEventActivity()?.Name == ActivityEventNames.ContinueConversation;
        return continuation || string.IsNullOrEmpty(activity.Id) ? null : activity.Id;
    }

    /// <summary>The replies recorded for <paramref name="activityId"/> in <paramref name="conversation"/>, or null if it is new.</summary>
    public static IReadOnlyList<Activity>? Find(JObject? conversation, string activityId)
    {
        var entry = Entries(conversation).FirstOrDefault(e => e.Value<string>("id") == activityId);
        return entry?["replies"] switch
        {
            null => entry is null ? null : [],
            { Type: JTokenType.String } stored => ReadReplies(stored.Value<string>()!),
            // Items saved before the replies were kept as text hold them as JSON arrays.
            var replies => (replies as JArray ?? []).Select(reply => reply.ToObject<Activity>(Serializer)!).ToList(),
        };
    }

    /// <summary>
    /// A new log: <paramref name="conversation"/>'s, with <paramref name="activityId"/> and its replies added. Only the
    /// entries that keep their replies are copied; the older ones become their ids.
    /// </summary>
    public static JArray With(JObject? conversation, string activityId, IEnumerable<Activity> replies)
    {
        var log = new JArray(new JObject { ["id"] = activityId, ["replies"] = WriteReplies(replies) });
        foreach (var earlier in Entries(conversation).Take(RememberedActivities - 1))
        {
            log.Add(log.Count < RememberedReplies ? earlier.DeepClone() : new JObject { ["id"] = earlier["id"]?.DeepClone() });
        }

        return log;
    }

    // The replies are kept as one JSON string, not a tree of tokens: they are read back only for a repeat, while the
    // tree was parsed with every turn's state and copied into the next save (a plan card is tens of KB).
    private static string WriteReplies(IEnumerable<Activity> replies)
    {
        var list = replies.ToList();
        return StoredText.Write(text =>
        {
            using var writer = new JsonTextWriter(text) { ArrayPool = JsonCharPool.Shared };
            Serializer.Serialize(writer, list);
        });
    }

    private static List<Activity> ReadReplies(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, ArrayPool = JsonCharPool.Shared };
        return Serializer.Deserialize<List<Activity>>(reader) ?? [];
    }

    private static IEnumerable<JObject> Entries(JObject? conversation) =>
        conversation?[Property] is JArray log ? log.OfType<JObject>() : [];
}
