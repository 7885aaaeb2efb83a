using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.CheckIns.Reminders;

/// <summary>
/// Reminder registrations in the bot's storage backend (File, Blob or Memory), outside any turn's state: one item per
/// user plus one index item listing their keys.
/// </summary>
/// <remarks>
/// Why an index: <see cref="IStorage"/> can read keys but not list them, and the poller must find every registration.
/// One small ETag-guarded item holding the key list costs one read per poll and one conditional write when someone
/// registers or is forgotten (not per reminder sent: due times live in the per-user items, so the index never moves
/// when a reminder goes out). At tens of thousands of users it would be split into hash-prefixed index items.
/// </remarks>
public sealed class ReminderStore(TurnScopedStorage storage)
{
    // Read-modify-write of the index or a registration loses to a concurrent writer at most a few times in a row.
    private const int MaxWriteAttempts = 10;

    private IStorage Backend => storage.Backend;

    public async Task<StoredReminder?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var items = await Backend.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item) ? StoredReminder.From((JObject)item) : null;
    }

    public async Task<IReadOnlyList<StoredReminder>> ReadManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var items = await Backend.ReadAsync(keys.ToArray(), cancellationToken);
        return items.Values.Select(item => StoredReminder.From((JObject)item)).ToList();
    }

    public async Task<IReadOnlyList<string>> KeysAsync(CancellationToken cancellationToken)
    {
        var items = await Backend.ReadAsync([ReminderKeys.Index], cancellationToken);
        return items.TryGetValue(ReminderKeys.Index, out var index) ? KeysIn((JObject)index) : [];
    }

    /// <summary>Creates or changes her registration: <paramref name="change"/> gets the stored one (or null) and may run again on a conflict.</summary>
    public async Task<ReminderRegistration?> UpdateAsync(
        string key, Func<ReminderRegistration?, ReminderRegistration?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await ReadAsync(key, cancellationToken);
            var updated = change(current?.Registration);
            if (updated is null)
            {
                return current?.Registration;
            }

            try
            {
                await WriteAsync(key, updated, current?.ETag, cancellationToken);
                await ChangeIndexAsync(keys => keys.Add(key), cancellationToken);
                return updated;
            }
            catch (StorageConflictException) when (attempt < MaxWriteAttempts)
            {
            }
        }
    }

    /// <summary>Claims a due reminder by moving its due time with an If-Match write; false when another sender (or a
    /// change of her settings, or forget me) got there first, so it is sent by no one or by that other sender only.</summary>
    public async Task<bool> TryClaimAsync(StoredReminder due, ReminderRegistration claimed, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(due.Registration.Key, claimed, due.ETag, cancellationToken);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await Backend.DeleteAsync([key], cancellationToken);
        await ChangeIndexAsync(keys => keys.Remove(key), cancellationToken);
    }

    private Task WriteAsync(string key, ReminderRegistration registration, string? eTag, CancellationToken cancellationToken)
    {
        var document = JObject.FromObject(registration);
        if (eTag is not null)
        {
            document[StoredDocument.ETagProperty] = eTag;
        }

        return Backend.WriteAsync(new Dictionary<string, object> { [key] = document }, cancellationToken);
    }

    private async Task ChangeIndexAsync(Func<SortedSet<string>, bool> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var items = await Backend.ReadAsync([ReminderKeys.Index], cancellationToken);
            var index = items.TryGetValue(ReminderKeys.Index, out var item) ? (JObject)item : null;
            var keys = new SortedSet<string>(index is null ? [] : KeysIn(index), StringComparer.Ordinal);
            if (!change(keys))
            {
                return;
            }

            var document = new JObject { ["keys"] = new JArray(keys) };
            if (index?[StoredDocument.ETagProperty] is { } eTag)
            {
                document[StoredDocument.ETagProperty] = eTag;
            }

            try
            {
                await Backend.WriteAsync(new Dictionary<string, object> { [ReminderKeys.Index] = document }, cancellationToken);
                return;
            }
            catch (StorageConflictException) when (attempt < MaxWriteAttempts)
            {
            }
        }
    }

    private static List<string> KeysIn(JObject index) => index["keys"]?.ToObject<List<string>>() ?? [];
}
