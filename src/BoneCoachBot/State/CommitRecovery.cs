using System.Globalization;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.State;

/// <summary>
/// Finishes commits a crash interrupted: every item of a leftover <see cref="CommitRecord"/> that still holds the
/// content its commit checked (its base ETag) gets the new content; an item that moved on is left alone. Rolling
/// forward is safe because a record is only written after every ETag was checked under the commit lock, and the
/// turn's replies are only sent after the record is gone, so she never saw a reply the storage then lacked.
/// </summary>
public static class CommitRecovery
{
    /// <summary>A record id: the sorted lock stripes of its keys, then a unique part.</summary>
    public static string NewId(IEnumerable<string> keys) =>
        string.Join('-', StripesOf(keys).Select(stripe => stripe.ToString(CultureInfo.InvariantCulture))) + "-" + Guid.NewGuid().ToString("N");

    public static IReadOnlyList<int> StripesOf(IEnumerable<string> keys) =>
        keys.Select(key => StorageKey.Stripe(key, StorageKey.LockStripes)).Distinct().Order().ToList();

    /// <summary>
    /// Finishes the records that share a stripe with <paramref name="keys"/>. Call it holding the commit lock of
    /// those keys: a record's writer holds its stripes until it removes the record, so one found here is orphaned.
    /// </summary>
    public static async Task<int> CompleteForAsync(IStorage backend, ICommitJournal journal, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var held = StripesOf(keys).ToHashSet();
        var completed = 0;
        foreach (var id in await journal.PendingAsync(cancellationToken))
        {
            if (StripesIn(id).Any(held.Contains) && await journal.ReadAsync(id, cancellationToken) is { } record)
            {
                await ApplyAsync(backend, record, cancellationToken);
                await journal.RemoveAsync(id, cancellationToken);
                completed++;
            }
        }

        return completed;
    }

    /// <summary>At start-up: every leftover record, each under the commit lock of its own keys (a live writer finishes first).</summary>
    public static async Task<int> CompleteAllAsync(IStorage backend, ICommitJournal journal, ICommitLock commitLock, CancellationToken cancellationToken)
    {
        var completed = 0;
        foreach (var id in await journal.PendingAsync(cancellationToken))
        {
            if (await journal.ReadAsync(id, cancellationToken) is not { } record)
            {
                continue;
            }

            var keys = record.Entries.Select(entry => entry.Key).ToList();
            await using (await commitLock.LockForCommitAsync(keys, cancellationToken))
            {
                completed += await CompleteForAsync(backend, journal, keys, cancellationToken);
            }
        }

        return completed;
    }

    private static async Task ApplyAsync(IStorage backend, CommitRecord record, CancellationToken cancellationToken)
    {
        foreach (var entry in record.Entries)
        {
            if (entry.Document is null)
            {
                var current = await backend.ReadAsync([entry.Key], cancellationToken);
                var currentETag = current.TryGetValue(entry.Key, out var item) ? ItemETag.Of(item) : null;
                if (currentETag is not null && currentETag == entry.BaseETag)
                {
                    await backend.DeleteAsync([entry.Key], cancellationToken);
                }

                continue;
            }

            var document = (Newtonsoft.Json.Linq.JObject)entry.Document.DeepClone();
            if (entry.BaseETag is not null)
            {
                document[StoredDocument.ETagProperty] = entry.BaseETag;
            }

            try
            {
                await backend.WriteAsync(new Dictionary<string, object> { [entry.Key] = document }, cancellationToken);
            }
            catch (StorageConflictException)
            {
                // Written before the crash, or changed since by a later turn: either way not ours to overwrite.
            }
        }
    }

    private static IEnumerable<int> StripesIn(string id) =>
        id.Split('-').SkipLast(1).Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var stripe) ? stripe : -1);
}
