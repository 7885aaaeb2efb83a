namespace BoneCoachBot.State;

/// <summary>
/// One turn at a time per state key within this process: messages to a conversation that arrive together run one
/// after another, each seeing the state the previous one saved. Across processes the ETag retry does that job.
/// </summary>
public sealed class KeyedAsyncLock
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Holds every key until disposed. Keys are taken in ordinal order, so two turns can never deadlock.</summary>
    public async Task<IDisposable> AcquireAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var held = new Held(this);
        try
        {
            foreach (var key in keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var entry = Rent(key);
                try
                {
                    await entry.Gate.WaitAsync(cancellationToken);
                }
                catch
                {
                    Return(key, entry);
                    throw;
                }

                held.Add(key, entry);
            }

            return held;
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Keys somebody holds or waits for; empty when idle, which shows entries are not leaked.</summary>
    public int ActiveKeys
    {
        get { lock (_entries) { return _entries.Count; } }
    }

    private Entry Rent(string key)
    {
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new Entry();
                _entries[key] = entry;
            }

            entry.Users++;
            return entry;
        }
    }

    // The entry goes when its last user leaves, so a long-running bot does not keep one semaphore per conversation ever seen.
    private void Return(string key, Entry entry)
    {
        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Held(KeyedAsyncLock owner) : IDisposable
    {
        private readonly List<(string Key, Entry Entry)> _held = [];

        public void Add(string key, Entry entry) => _held.Add((key, entry));

        public void Dispose()
        {
            for (var i = _held.Count - 1; i >= 0; i--)
            {
                var (key, entry) = _held[i];
                entry.Gate.Release();
                owner.Return(key, entry);
            }

            _held.Clear();
        }
    }
}
