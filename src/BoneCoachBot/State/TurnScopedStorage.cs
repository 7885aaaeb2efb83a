using Microsoft.Bot.Builder;

namespace BoneCoachBot.State;

/// <summary>
/// The <see cref="IStorage"/> the bot sees. During a guarded turn, the turn's own state keys go to that turn's
/// <see cref="TurnUnitOfWork"/> (so BotState loads the baseline and its saves wait for the pipeline's commit);
/// every other key, and everything outside a turn, goes straight to the backend.
/// </summary>
public sealed class TurnScopedStorage(IStorage backend) : IStorage
{
    private readonly IStorage _configured = backend ?? throw new ArgumentNullException(nameof(backend));

    // Flows with the turn's async calls: concurrent turns each see only their own unit.
    private readonly AsyncLocal<TurnUnitOfWork?> _current = new();

    // Start-up's warm-up turns (and only their async flow) read and write a storage of their own.
    private readonly AsyncLocal<IStorage?> _private = new();

    private TurnUnitOfWork? Current => _current.Value is { IsOpen: true } unit ? unit : null;

    /// <summary>The File, Blob or Memory storage underneath (inside <see cref="UsePrivate"/>, the private one).</summary>
    public IStorage Backend => _private.Value ?? _configured;

    /// <summary>
    /// Until disposed, this async flow reads and writes <paramref name="privateStorage"/> instead of the configured
    /// storage: start-up's warm-up turns run the real pipeline and leave nothing in her storage.
    /// </summary>
    public IDisposable UsePrivate(IStorage privateStorage)
    {
        ArgumentNullException.ThrowIfNull(privateStorage);
        var previous = _private.Value;
        _private.Value = privateStorage;
        return new Scope(() => _private.Value = previous);
    }

    /// <summary>Routes this async flow's turn keys to <paramref name="unit"/> until disposed.</summary>
    public IDisposable Begin(TurnUnitOfWork unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var previous = _current.Value;
        _current.Value = unit;
        return new Scope(() =>
        {
            unit.Close();
            _current.Value = previous;
        });
    }

    /// <summary>Whether this async flow is inside a guarded turn that owns any of <paramref name="keys"/>.</summary>
    public bool IsInTurnFor(IEnumerable<string> keys) => Current is { } unit && keys.Any(unit.Owns);

    /// <summary>Inside a guarded turn: after its state is saved (and not at all if it never is); otherwise now.</summary>
    public Task AfterCommitAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (Current is { } unit)
        {
            unit.AfterCommit(action);
            return Task.CompletedTask;
        }

        return action(cancellationToken);
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var unit = Current;
        var (owned, others) = Split(keys, unit);
        var items = others.Length == 0
            ? new Dictionary<string, object>(StringComparer.Ordinal)
            : new Dictionary<string, object>(await Backend.ReadAsync(others, cancellationToken), StringComparer.Ordinal);
        foreach (var key in owned)
        {
            if (unit!.Read(key) is { } document)
            {
                items[key] = document;
            }
        }

        return items;
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var unit = Current;
        var others = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            if (unit?.Owns(key) == true)
            {
                unit.Write(key, value);
            }
            else
            {
                others[key] = value;
            }
        }

        return others.Count == 0 ? Task.CompletedTask : Backend.WriteAsync(others, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var unit = Current;
        var (owned, others) = Split(keys, unit);
        foreach (var key in owned)
        {
            unit!.Delete(key);
        }

        return others.Length == 0 ? Task.CompletedTask : Backend.DeleteAsync(others, cancellationToken);
    }

    private static (string[] Owned, string[] Others) Split(string[] keys, TurnUnitOfWork? unit) =>
        unit is null
            ? ([], keys)
            : (keys.Where(unit.Owns).ToArray(), keys.Where(key => !unit.Owns(key)).ToArray());

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
