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

    /// <summary>A private copy, carrying the baseline ETag as BotState expects; null when missing or deleted in this turn.</summary>
    public JObject? Read(string key)
    {
        var document = _pending.TryGetValue(key, out var pending) ? pending : _baselines[key].Document;
        if (document is null)
        {
            return null;
        }

        var copy = (JObject)document.DeepClone();
        if (_baselines[key].ETag is { } eTag)
        {
            copy[StoredDocument.ETagProperty] = eTag;
        }

        return copy;
    }

    public void Write(string key, object value)
    {
        // "Forget me" must leave nothing behind, even if a dialog touches state again later in the same turn.
        if (_pending.TryGetValue(key, out var pending) && pending is null)
        {
            return;
        }

        _pending[key] = StoredDocument.ToDocument(value);
    }

    public void Delete(string key) => _pending[key] = null;

    /// <summary>Notes the activity and its replies in <paramref name="key"/>'s <see cref="TurnLog"/>, unless the turn deletes that item.</summary>
    public void RecordTurn(string key, string activityId, IEnumerable<Activity> replies)
    {
        if (!Owns(key) || (_pending.TryGetValue(key, out var pending) && pending is null))
        {
            return;
        }

        var document = pending ?? (JObject?)_baselines[key].Document?.DeepClone() ?? new JObject();
        // From the baseline, not the bot's copy: a turn that cleared conversation state must not drop the log.
        document[TurnLog.Property] = TurnLog.With(_baselines[key].Document, activityId, replies);
        _pending[key] = document;
    }

    /// <summary>The writes (a document) and deletes (null) to commit, in the order the keys were given.</summary>
    public IEnumerable<KeyValuePair<string, JObject?>> Changes =>
        _keys.Where(_pending.ContainsKey).Select(key => new KeyValuePair<string, JObject?>(key, _pending[key]));

    /// <summary>Runs only if this attempt's state is saved, e.g. removing reminders after "forget me".</summary>
    public void AfterCommit(Func<CancellationToken, Task> action) => _afterCommit.Add(action);

    public IReadOnlyList<Func<CancellationToken, Task>> AfterCommitActions => _afterCommit;
}
