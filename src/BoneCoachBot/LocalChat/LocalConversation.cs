using System.Globalization;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.LocalChat;

/// <summary>
/// One local Direct Line conversation: its token, its user, and the activities the page polls for. The watermark is
/// the sequence number of the last activity a poll returned, as in Direct Line 3.0.
/// </summary>
public sealed class LocalConversation(string id, string token, ChannelAccount user, DateTimeOffset created, DateTimeOffset tokenExpires, int capacity)
{
    private readonly object _gate = new();
    private readonly List<Activity> _activities = [];
    private long _dropped;

    public string Id { get; } = id;

    public string Token { get; } = token;

    public ChannelAccount User { get; } = user;

    public DateTimeOffset TokenExpires { get; private set; } = tokenExpires;

    public DateTimeOffset LastUsed { get; private set; } = created;

    /// <summary>Set once the bot has been told that she joined (the conversationUpdate Azure's Direct Line sends).</summary>
    public bool Started { get; private set; }

    public bool TryStart()
    {
        lock (_gate)
        {
            var first = !Started;
            Started = true;
            return first;
        }
    }

    public void Refresh(DateTimeOffset expires)
    {
        lock (_gate)
        {
            TokenExpires = expires;
        }
    }

    /// <summary>Adds an activity with the next id ("conversation|0000001", Direct Line's shape) and returns that id.</summary>
    public string Append(Activity activity, DateTimeOffset now) => AppendAll([activity], now)[0];

    /// <summary>Adds activities at once, so that a poll sees all of a turn's replies or none of them.</summary>
    public IReadOnlyList<string> AppendAll(IReadOnlyList<Activity> activities, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activities);
        lock (_gate)
        {
            var ids = new List<string>(activities.Count);
            foreach (var activity in activities)
            {
                var sequence = _dropped + _activities.Count + 1;
                activity.Id = $"{Id}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
                activity.Timestamp = now;
                _activities.Add(activity);
                ids.Add(activity.Id);
            }

            LastUsed = now;
            var excess = _activities.Count - capacity;
            if (excess > 0)
            {
                _activities.RemoveRange(0, excess);
                _dropped += excess;
            }

            return ids;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> and the new watermark.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) After(long watermark, DateTimeOffset now)
    {
        lock (_gate)
        {
            LastUsed = now;
            var skip = (int)Math.Clamp(watermark - _dropped, 0, _activities.Count);
            return (_activities.Skip(skip).ToList(), _dropped + _activities.Count);
        }
    }
}
