using Newtonsoft.Json.Linq;

namespace BoneCoachBot.State;

/// <summary>
/// The items this instance last read or saved, as parsed documents by key and ETag: a turn whose item still has that
/// ETag in storage starts from the document instead of parsing the stored text again (parsing the conversation and
/// user items was a sixth of a coaching turn's allocations under the benchmark). Another instance's write changes the
/// ETag, so its item is read as before. A document held here is not changed by a turn, which converts what it reads
/// (<see cref="TurnUnitOfWork.Read"/>) and saves a new document; only a turn that changed nothing but its turn log
/// puts the new log into it, under the key's lock, and takes it out again unless that version is saved.
/// </summary>
public sealed class SavedItemCache
{
    // Enough for the conversations active on one instance within a few minutes (the benchmark's 200 women hold 400
    // keys); beyond it the least recently used item is read from storage again, which costs only time.
    public const int Capacity = 1024;

    private readonly Dictionary<string, LinkedListNode<Entry>> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recent = new();
    private readonly Lock _gate = new();

    /// <summary>Whether any of <paramref name="keys"/> is held, so a turn of a new user asks storage for no ETags.</summary>
    public bool HoldsAny(IEnumerable<string> keys)
    {
        lock (_gate)
        {
            return keys.Any(_byKey.ContainsKey);
        }
    }

    /// <summary>The document held for <paramref name="key"/> if it is the version with <paramref name="eTag"/>.</summary>
    public JObject? Find(string key, string eTag)
    {
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out var node) || !string.Equals(node.Value.ETag, eTag, StringComparison.Ordinal))
            {
                return null;
            }

            _recent.Remove(node);
            _recent.AddFirst(node);
            return node.Value.Document;
        }
    }

    /// <summary>
    /// Holds <paramref name="document"/> as version <paramref name="eTag"/> of <paramref name="key"/>. A document built
    /// from objects (a save) is first given the values a parse of its stored text would give (<see cref="ParsedForm"/>),
    /// so a turn sees the same state whether it was read here or from storage.
    /// </summary>
    public void Remember(string key, string eTag, JObject document)
    {
        if (ParsedForm.Apply(document))
        {
            Hold(key, eTag, document);
        }
        else
        {
            Forget(key);
        }
    }

    /// <summary>Holds a document just parsed from storage, which needs no change to be as parsed.</summary>
    public void RememberRead(string key, string eTag, JObject document) => Hold(key, eTag, document);

    private void Hold(string key, string eTag, JObject document)
    {
        lock (_gate)
        {
            if (_byKey.Remove(key, out var old))
            {
                _recent.Remove(old);
            }

            _byKey[key] = _recent.AddFirst(new Entry(key, eTag, document));
            if (_byKey.Count > Capacity && _recent.Last is { } oldest)
            {
                _recent.RemoveLast();
                _byKey.Remove(oldest.Value.Key);
            }
        }
    }

    public void Forget(string key)
    {
        lock (_gate)
        {
            if (_byKey.Remove(key, out var old))
            {
                _recent.Remove(old);
            }
        }
    }

    private sealed record Entry(string Key, string ETag, JObject Document);
}
