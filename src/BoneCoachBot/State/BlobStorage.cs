using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.State;

/// <summary>
/// Bot state in Azure Blob Storage: one block blob per key. Writes are conditional (If-Match with the ETag read,
/// If-None-Match: * for a new item), so two bot instances sharing the container never overwrite each other.
/// A container that disappears (deleted, or a wiped Azurite) is created again on the next call, not only at start.
/// </summary>
public sealed class BlobStorage : IStorage, IJournaledStorage, IETagReader, IStorageHealth
{
    private const string Suffix = ".json";

    private readonly BlobContainerClient _container;
    private readonly BlobLeaseStripes _commitLocks;
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _containerExists;

    public BlobStorage(BlobContainerClient container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
        _commitLocks = new BlobLeaseStripes(container);
        Journal = new BlobCommitJournal(container);
    }

    /// <summary>Commit records under <c>.journal/</c> in the same container.</summary>
    public ICommitJournal Journal { get; }

    /// <summary>Cross-instance: leases on lock blobs in the same container.</summary>
    public Task<IAsyncDisposable> LockForCommitAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        InContainerAsync(() => _commitLocks.AcquireAsync(keys, cancellationToken), cancellationToken);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return InContainerAsync<IDictionary<string, object>>(async () =>
        {
            var found = await Task.WhenAll(keys.Distinct().Select(key => ReadOneAsync(key, cancellationToken)));
            return found.Where(item => item.Value is not null).ToDictionary(item => item.Key, item => (object)item.Value!, StringComparer.Ordinal);
        }, cancellationToken);
    }

    // One HEAD request per item instead of a download.
    public Task<IReadOnlyDictionary<string, string>> ReadETagsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return InContainerAsync<IReadOnlyDictionary<string, string>>(async () =>
        {
            var found = await Task.WhenAll(keys.Distinct().Select(key => ReadETagAsync(key, cancellationToken)));
            return found.Where(item => item.Value is not null).ToDictionary(item => item.Key, item => item.Value!, StringComparer.Ordinal);
        }, cancellationToken);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return InContainerAsync(async () =>
        {
            foreach (var (key, value) in changes)
            {
                var eTag = await WriteOneAsync(key, value, cancellationToken);
                ItemETag.Set(value, eTag);
            }

            return true;
        }, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return InContainerAsync(async () =>
        {
            foreach (var key in keys)
            {
                await BlobFor(key).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
            }

            return true;
        }, cancellationToken);
    }

    /// <summary>True when the container answers (it is created again if it was gone); throws when the account does not.</summary>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        await InContainerAsync(async () => (await _container.GetPropertiesAsync(cancellationToken: cancellationToken)).Value, cancellationToken);
        return true;
    }

    private async Task<KeyValuePair<string, object?>> ReadOneAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var download = await BlobFor(key).DownloadContentAsync(cancellationToken);
            var document = StoredDocument.Parse(download.Value.Content.ToString(), download.Value.Details.ETag.ToString());
            return new(key, document);
        }
        catch (RequestFailedException missing) when (missing.Status == 404 && !IsContainerGone(missing))
        {
            return new(key, null);
        }
    }

    private async Task<KeyValuePair<string, string?>> ReadETagAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await BlobFor(key).GetPropertiesAsync(cancellationToken: cancellationToken);
            return new(key, properties.Value.ETag.ToString());
        }
        catch (RequestFailedException missing) when (missing.Status == 404 && !IsContainerGone(missing))
        {
            return new(key, null);
        }
    }

    private async Task<string> WriteOneAsync(string key, object value, CancellationToken cancellationToken)
    {
        var expected = ItemETag.Of(value);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Conditions = expected switch
            {
                ItemETag.Any => null,
                null => new BlobRequestConditions { IfNoneMatch = ETag.All },
                _ => new BlobRequestConditions { IfMatch = new ETag(expected) },
            },
        };

        try
        {
            var uploaded = await BlobFor(key).UploadAsync(BinaryData.FromString(StoredDocument.Serialize(value)), options, cancellationToken);
            return uploaded.Value.ETag.ToString();
        }
        catch (RequestFailedException conflict) when (IsConflict(conflict))
        {
            throw new StorageConflictException(key, expected, conflict);
        }
    }

    // 412 ConditionNotMet for a stale If-Match; 409 BlobAlreadyExists for If-None-Match: * on an existing blob.
    private static bool IsConflict(RequestFailedException failure) =>
        failure.Status == 412 || (failure.Status == 409 && failure.ErrorCode == BlobErrorCode.BlobAlreadyExists.ToString());

    private BlobClient BlobFor(string key) => _container.GetBlobClient(StorageKey.ToName(key, Suffix));

    private static bool IsContainerGone(RequestFailedException failure) =>
        failure.Status == 404 && failure.ErrorCode == BlobErrorCode.ContainerNotFound.ToString();

    // The container is created once; if it is gone later, the call that finds out creates it again and runs once more.
    private async Task<T> InContainerAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        try
        {
            return await operation();
        }
        catch (RequestFailedException gone) when (IsContainerGone(gone))
        {
            _containerExists = false;
            await EnsureContainerAsync(cancellationToken);
            return await operation();
        }
    }

    // A failure (say the account is briefly unreachable) is tried again on the next call.
    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerExists)
        {
            return;
        }

        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (!_containerExists)
            {
                await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                _containerExists = true;
            }
        }
        finally
        {
            _creating.Release();
        }
    }
}
