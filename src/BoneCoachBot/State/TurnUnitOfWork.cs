using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.State;

/// <summary>
/// One turn attempt's view of its state keys: reads come from the baseline loaded before the turn, writes and
/// deletes are held back until the pipeline commits them with the baseline's ETag.
/// </summary>
public sealed class TurnUnitOfWork
{
    private readonly IReadOnlyList<string> _keys;
    private readonly IReadOnlyDictionary<string, StateBaseline> _baselines;
    private readonly Dictionary<string, JObject?> _pending = new(StringComparer.Ordinal);
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];
    private readonly List<(JObject Document, JToken? Earlier)> _swappedLogs = [];

    /// <param name="keys">The keys this turn guards, in commit order.</param>
    /// <param name="baselines">What each key holds at the start of the attempt.</param>
    public TurnUnitOfWork(IReadOnlyList<string> keys, IReadOnlyDictionary<string, StateBaseline> baselines)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(baselines);
        _keys = keys;
        _baselines = baselines;
    }

    /// <summary>False once its attempt has run: work that outlives the turn (a timer, a fire-and-forget task that
    /// captured the turn's async context) then goes straight to storage instead of into a unit nobody commits.</summary>
    public bool IsOpen { get; private set; } = true;

    public void Close() => IsOpen = false;

    public bool Owns(string key) => _baselines.ContainsKey(key);

    public StateBaseline BaselineOf(string key) => _baselines[key];

    /// <summary>
    /// The item in the shape BotState keeps (top-level properties in a dictionary, nested objects as JSON), carrying
    /// the baseline ETag as BotState expects; null when missing or deleted in this turn. The nested JSON is the
    /// document's own, not a copy: BotState's accessors and the dialogs convert it to their types (a copy) and never
    /// change it, and <see cref="Write"/> knows a value still the baseline's own is unchanged without comparing it.
    /// </summary>
    public IDictionary<string, object>? Read(string key)
    {
        var document = _pending.TryGetValue(key, out var pending) ? pending : _baselines[key].Document;
        if (document is null)
        {
            return null;
        }

        // Handing BotState a JObject made it convert the whole copy once more (JToken.ToObject), twice the work; a
        // deep copy of every property (the dialog stack, her answers) was a sixth of a turn's allocations.
        var state = new Dictionary<string, object>(document.Count + 1, StringComparer.Ordinal);
        foreach (var property in document.Properties())
        {
            // The turn log is the pipeline's: BotState would copy it and hash it twice a turn, replies and all.
            if (property.Name != TurnLog.Property)
            {
                // BotState's dictionary holds nulls, though its type says otherwise.
                state[property.Name] = property.Value is JValue value ? value.Value! : property.Value;
            }
        }

        if (_baselines[key].ETag is { } eTag)
        {
            state[StoredDocument.ETagProperty] = eTag;
        }

        return state;
    }

    public void Write(string key, object value)
    {
        // "Forget me" must leave nothing behind, even if a dialog touches state again later in the same turn.
        if (_pending.TryGetValue(key, out var pending) && pending is null)
        {
            return;
        }

        // Without the turn log, which the bot never saw (Read leaves it out): RecordTurn adds it back.
        var document = value is IDictionary<string, object> state ? ChangedDocument(key, state) : ChangedDocument(key, StoredDocument.ToDocument(value));
        if (document is null)
        {
            // Unchanged: nothing to save (the pipeline writes every state it handed out, BotState's hashes do not run).
            _pending.Remove(key);
            return;
        }

        _pending[key] = document;
    }

    private JObject? ChangedDocument(string key, JObject document) =>
        ParsedForm.Apply(document) && IsAsRead(key, document) ? null : document;

    // BotState's dictionary, property by property: a value that is still the baseline's own token (Read handed it
    // out, nothing replaced it) is unchanged without being serialised or compared; only the others are. The document
    // is built only when something changed.
    private JObject? ChangedDocument(string key, IDictionary<string, object> state)
    {
        var baseline = _baselines[key].Document;
        var values = new List<(string Name, JToken Value)>(state.Count);
        var changed = false;
        foreach (var (name, value) in state)
        {
            if (StoredDocument.IsETagName(name))
            {
                continue;
            }

            var read = baseline?.Property(name, StringComparison.Ordinal)?.Value;
            if (value is JToken token && ReferenceEquals(token, read))
            {
                values.Add((name, token));
                continue;
            }

            var written = value is null ? JValue.CreateNull() : StoredDocument.ToToken(value);
            changed = changed || !IsAsRead(name, read, written);
            values.Add((name, written));
        }

        var baselineCount = baseline is null ? 0 : baseline.Count - (baseline.ContainsKey(TurnLog.Property) ? 1 : 0);
        if (!changed && values.Count == baselineCount)
        {
            return null;
        }

        var document = new JObject();
        foreach (var (name, value) in values)
        {
            // A baseline token is copied in (JObject.Add copies a token that has a parent): the baseline stays as read.
            document[name] = value;
        }

        return document;
    }

    private static bool IsAsRead(string name, JToken? read, JToken written) =>
        name != TurnLog.Property && read is not null && ParsedForm.Apply(written) && JToken.DeepEquals(read, written);

    // The same content as the baseline, its turn log aside; a missing item reads as an empty one.
    private bool IsAsRead(string key, JObject document)
    {
        var baseline = _baselines[key].Document;
        var count = 0;
        foreach (var property in document.Properties())
        {
            count++;
            if (property.Name == TurnLog.Property || baseline?[property.Name] is not { } read || !JToken.DeepEquals(read, property.Value))
            {
                return false;
            }
        }

        var baselineCount = baseline is null ? 0 : baseline.Count - (baseline.ContainsKey(TurnLog.Property) ? 1 : 0);
        return count == baselineCount;
    }

    public void Delete(string key) => _pending[key] = null;

    /// <summary>
    /// Puts <paramref name="key"/>'s <see cref="TurnLog"/> into the item this turn saves, with the activity and its
    /// replies noted when it has an id (<see cref="TurnLog.IdOf"/>); nothing when the turn deletes the item.
    /// </summary>
    public void RecordTurn(string key, string? activityId, IEnumerable<Activity> replies)
    {
        if (!Owns(key) || (_pending.TryGetValue(key, out var pending) && pending is null))
        {
            return;
        }

        // From the baseline, not the bot's copy: the bot never saw the log, and a turn that cleared its state must keep it.
        var baseline = _baselines[key].Document;
        if (activityId is null)
        {
            // Nothing to note (a proactive turn), but what it saves must not drop the log.
            if (pending is not null && baseline?[TurnLog.Property] is { } log)
            {
                pending[TurnLog.Property] = log.DeepClone();
            }

            return;
        }

        var newLog = TurnLog.With(baseline, activityId, replies);
        if (pending is null && baseline is not null)
        {
            // Nothing but the log changed (the safety net repeating its advice, "help"): the log goes into the read
            // document itself, not into a copy of the whole conversation (a tenth of the bench's allocations), and
            // comes back out unless the commit saves it (EndCommit). The key's lock keeps every other turn away.
            _swappedLogs.Add((baseline, baseline[TurnLog.Property]));
            baseline[TurnLog.Property] = newLog;
            _pending[key] = baseline;
            return;
        }

        var document = pending ?? new JObject();
        document[TurnLog.Property] = newLog;
        _pending[key] = document;
    }

    /// <summary>
    /// After the commit, saved or not (a conflict, a failure): a read document that took its new turn log in
    /// <see cref="RecordTurn"/> keeps it only when saved, as the next version; otherwise it is as read again, for a rerun.
    /// </summary>
    public void EndCommit(bool saved)
    {
        if (!saved)
        {
            foreach (var (document, earlier) in _swappedLogs)
            {
                if (earlier is null)
                {
                    document.Remove(TurnLog.Property);
                }
                else
                {
                    document[TurnLog.Property] = earlier;
                }
            }
        }

        _swappedLogs.Clear();
    }

    /// <summary>The writes (a document) and deletes (null) to commit, in the order the keys were given.</summary>
    public IEnumerable<KeyValuePair<string, JObject?>> Changes =>
        _keys.Where(_pending.ContainsKey).Select(key => new KeyValuePair<string, JObject?>(key, _pending[key]));

    /// <summary>Runs only if this attempt's state is saved, e.g. removing reminders after "forget me".</summary>
    public void AfterCommit(Func<CancellationToken, Task> action) => _afterCommit.Add(action);

    public IReadOnlyList<Func<CancellationToken, Task>> AfterCommitActions => _afterCommit;
}
