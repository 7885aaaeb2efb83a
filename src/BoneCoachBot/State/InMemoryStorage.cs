using System.Globalization;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.State;

/// <summary>
/// State in process memory, for tests: the same stored format and ETag rules as File and Blob, unlike the SDK's
/// MemoryStorage, which keeps .NET type names and checks ETags only for <see cref="IStoreItem"/>.
/// </summary>
public sealed class InMemoryStorage : IStorage, ICommitLock, IETagReader, IStorageHealth
{
    private readonly Dictionary<string, StoredItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly KeyedAsyncLock _commitLocks = new();
    private long _lastETag;

    /// <summary>How many items are stored, for tests that check nothing is left behind.</summary>
    public int Count
    {
        get { lock (_gate) { return _items.Count; } }
    }

    /// <summary>Hosts sharing one instance (tests) commit one at a time per key, as processes do on File and Blob.</summary>
    public async Task<IAsyncDisposable> LockForCommitAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        new Released(await _commitLocks.AcquireAsync(keys, cancellationToken));

    public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var held = new List<(string Key, StoredItem Item)>(keys.Length);
        lock (_gate)
        {
            foreach (var key in keys.Distinct())
            {
                if (_items.TryGetValue(key, out var item))
                {
                    held.Add((key, item));
                }
            }
        }

        // Parsed outside the lock: a stored item is immutable, and parsing under the one lock made every concurrent
        // turn spin behind it (a fifth of the coach's CPU samples under the benchmark).
        IDictionary<string, object> found = new Dictionary<string, object>(held.Count, StringComparer.Ordinal);
        foreach (var (key, item) in held)
        {
            found[key] = StoredDocument.Parse(item.Json, item.ETag);
        }

        return Task.FromResult(found);
    }

    public Task<IReadOnlyDictionary<string, string>> ReadETagsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    found[key] = item.ETag;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            StorageKey.EnsureValid(key);
            var json = StoredDocument.Serialize(value);
            string eTag;
            lock (_gate)
            {
                WriteCondition.Ensure(key, ItemETag.Of(value), _items.GetValueOrDefault(key)?.ETag);
                // One counter for the whole store: a deleted and re-created item never gets an old ETag back.
                eTag = (++_lastETag).ToString(CultureInfo.InvariantCulture);
                _items[key] = new StoredItem(json, eTag);
            }

            ItemETag.Set(value, eTag);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    private sealed record StoredItem(string Json, string ETag);

    private sealed class Released(IDisposable held) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            held.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
