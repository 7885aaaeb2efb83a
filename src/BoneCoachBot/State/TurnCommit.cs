using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.State;

/// <summary>
/// Saves one turn attempt's changes with the ETags it started from. When both the conversation and the user item
/// changed and the backend offers an <see cref="ICommitLock"/>, every ETag is checked under that lock before
/// anything is written, so a conflict saves nothing; otherwise keys are written in order and a conflict reports
/// which ones were already saved.
/// </summary>
public static class TurnCommit
{
    public static async Task<TurnCommitResult> SaveAsync(IStorage backend, TurnUnitOfWork unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(unit);
        var changes = unit.Changes.ToList();
        // One item is one conditional write, atomic on its own: the lock is only for saving two together.
        if (changes.Count < 2 || backend is not ICommitLock commitLock)
        {
            return await WriteInOrderAsync(backend, unit, changes, cancellationToken);
        }

        await using (await commitLock.LockForCommitAsync(changes.Select(change => change.Key).ToList(), cancellationToken))
        {
            var stale = await FindStaleAsync(backend, unit, changes, cancellationToken);
            return stale is not null
                ? TurnCommitResult.Conflicted(new StorageConflictException(stale, unit.BaselineOf(stale).ETag))
                : await WriteInOrderAsync(backend, unit, changes, cancellationToken);
        }
    }

    private static async Task<string?> FindStaleAsync(
        IStorage backend, TurnUnitOfWork unit, List<KeyValuePair<string, JObject?>> changes, CancellationToken cancellationToken)
    {
        var current = await backend.ReadAsync(changes.Select(change => change.Key).ToArray(), cancellationToken);
        return changes.Select(change => change.Key).FirstOrDefault(key =>
            !string.Equals(current.TryGetValue(key, out var item) ? ItemETag.Of(item) : null, unit.BaselineOf(key).ETag, StringComparison.Ordinal));
    }

    private static async Task<TurnCommitResult> WriteInOrderAsync(
        IStorage backend, TurnUnitOfWork unit, List<KeyValuePair<string, JObject?>> changes, CancellationToken cancellationToken)
    {
        var saved = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, document) in changes)
        {
            try
            {
                saved[key] = await WriteAsync(backend, key, document, unit.BaselineOf(key), cancellationToken);
            }
            catch (StorageConflictException conflict)
            {
                return new TurnCommitResult(saved, conflict);
            }
        }

        return new TurnCommitResult(saved, null);
    }

    // Returns the item's new ETag, or null once it is deleted.
    private static async Task<string?> WriteAsync(IStorage backend, string key, JObject? document, StateBaseline baseline, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            await backend.DeleteAsync([key], cancellationToken);
            return null;
        }

        // The ETag comes from what this attempt read, never from the bot's copy: BotState.ClearStateAsync drops it.
        var item = (JObject)document.DeepClone();
        if (baseline.ETag is not null)
        {
            item[StoredDocument.ETagProperty] = baseline.ETag;
        }

        await backend.WriteAsync(new Dictionary<string, object> { [key] = item }, cancellationToken);
        return ItemETag.Of(item);
    }
}

/// <summary>What a commit saved (key → new ETag, null when deleted) and, if it stopped, the conflict that stopped it.</summary>
public sealed record TurnCommitResult(IReadOnlyDictionary<string, string?> Saved, StorageConflictException? Conflict)
{
    public static TurnCommitResult Conflicted(StorageConflictException conflict) =>
        new(new Dictionary<string, string?>(StringComparer.Ordinal), conflict);
}
