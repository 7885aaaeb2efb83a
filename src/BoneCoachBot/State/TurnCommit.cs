using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.State;

/// <summary>
/// Saves one turn attempt's changes with the ETags it started from. When the backend offers an
/// <see cref="ICommitLock"/>, the commit holds its keys' lock; there, with more than one item, every ETag is checked
/// before anything is written, so a conflict saves nothing. On a journaled backend (File, Blob) the writes are
/// recorded ahead in one durable record, so a crash between them is finished by <see cref="CommitRecovery"/>,
/// which also runs here first for any record a crashed writer left on these keys' stripes (State/README.md).
/// </summary>
public static class TurnCommit
{
    public static async Task<TurnCommitResult> SaveAsync(IStorage backend, TurnUnitOfWork unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(unit);
        var changes = unit.Changes.ToList();
        if (changes.Count == 0 || backend is not ICommitLock commitLock)
        {
            return await WriteInOrderAsync(backend, unit, changes, cancellationToken);
        }

        var keys = changes.Select(change => change.Key).ToList();
        await using (await commitLock.LockForCommitAsync(keys, cancellationToken))
        {
            var journal = (backend as IJournaledStorage)?.Journal;
            if (journal is not null)
            {
                // Even a one-item commit: it must not build on the unwritten half of a crashed commit.
                await CommitRecovery.CompleteForAsync(backend, journal, keys, cancellationToken);
            }

            if (changes.Count < 2)
            {
                // One item is one conditional write, atomic on its own.
                return await WriteInOrderAsync(backend, unit, changes, cancellationToken);
            }

            var stale = await FindStaleAsync(backend, unit, changes, cancellationToken);
            if (stale is not null)
            {
                return TurnCommitResult.Conflicted(new StorageConflictException(stale, unit.BaselineOf(stale).ETag));
            }

            return journal is null
                ? await WriteInOrderAsync(backend, unit, changes, cancellationToken)
                : await WriteJournaledAsync(backend, journal, unit, changes, cancellationToken);
        }
    }

    private static async Task<TurnCommitResult> WriteJournaledAsync(
        IStorage backend, ICommitJournal journal, TurnUnitOfWork unit, List<KeyValuePair<string, JObject?>> changes, CancellationToken cancellationToken)
    {
        var id = CommitRecovery.NewId(changes.Select(change => change.Key));
        var record = new CommitRecord(changes.Select(change => new CommitEntry(change.Key, unit.BaselineOf(change.Key).ETag, change.Value)).ToList());
        await journal.AddAsync(id, record, cancellationToken);
        var result = await WriteInOrderAsync(backend, unit, changes, cancellationToken);
        // Also after a conflict: the pipeline reruns the turn from what was saved, the record must not redo it.
        await journal.RemoveAsync(id, cancellationToken);
        return result;
    }

    private static async Task<string?> FindStaleAsync(
        IStorage backend, TurnUnitOfWork unit, List<KeyValuePair<string, JObject?>> changes, CancellationToken cancellationToken)
    {
        var keys = changes.Select(change => change.Key).ToList();
        var current = await CurrentETagsAsync(backend, keys, cancellationToken);
        return keys.FirstOrDefault(key =>
            !string.Equals(current.GetValueOrDefault(key), unit.BaselineOf(key).ETag, StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyDictionary<string, string>> CurrentETagsAsync(IStorage backend, List<string> keys, CancellationToken cancellationToken)
    {
        if (backend is IETagReader reader)
        {
            return await reader.ReadETagsAsync(keys, cancellationToken);
        }

        var items = await backend.ReadAsync(keys.ToArray(), cancellationToken);
        return items.Where(item => ItemETag.Of(item.Value) is not null)
            .ToDictionary(item => item.Key, item => ItemETag.Of(item.Value)!, StringComparer.Ordinal);
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
        // It rides on the unit's own document for the write (a copy cost as much as the write) and comes off after.
        try
        {
            if (baseline.ETag is not null)
            {
                document[StoredDocument.ETagProperty] = baseline.ETag;
            }

            await backend.WriteAsync(new Dictionary<string, object> { [key] = document }, cancellationToken);
            return ItemETag.Of(document);
        }
        finally
        {
            document.Remove(StoredDocument.ETagProperty);
        }
    }
}

/// <summary>What a commit saved (key → new ETag, null when deleted) and, if it stopped, the conflict that stopped it.</summary>
public sealed record TurnCommitResult(IReadOnlyDictionary<string, string?> Saved, StorageConflictException? Conflict)
{
    public static TurnCommitResult Conflicted(StorageConflictException conflict) =>
        new(new Dictionary<string, string?>(StringComparer.Ordinal), conflict);
}
