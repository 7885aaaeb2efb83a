using System.Diagnostics;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace BoneCoachBot.State;

/// <summary>
/// A lock across bot instances sharing a container: a blob lease on one of a fixed set of small lock blobs
/// (<c>.locks/commit-N</c>) per key. A lease expires by itself if its holder dies, so a crashed instance blocks
/// others for at most <see cref="LeaseDuration"/>. No user id appears in a lock blob's name.
/// </summary>
public sealed class BlobLeaseStripes(BlobContainerClient container)
{
    private const int StripeCount = StorageKey.LockStripes;

    // The shortest lease Blob Storage grants; a commit takes milliseconds.
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan AcquireTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Leases the stripes of all <paramref name="keys"/> in ascending order (no deadlock between holders).</summary>
    public async Task<IAsyncDisposable> AcquireAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var held = new Held();
        try
        {
            foreach (var stripe in keys.Select(key => StorageKey.Stripe(key, StripeCount)).Distinct().Order())
            {
                held.Add(await LeaseAsync(container.GetBlobClient($".locks/commit-{stripe}"), cancellationToken));
            }

            return held;
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }
    }

    private static async Task<BlobLeaseClient> LeaseAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var lease = blob.GetBlobLeaseClient();
        var started = Stopwatch.GetTimestamp();
        var backoff = TimeSpan.FromMilliseconds(2);
        while (true)
        {
            try
            {
                await lease.AcquireAsync(LeaseDuration, cancellationToken: cancellationToken);
                return lease;
            }
            catch (RequestFailedException missing) when (missing.Status == 404)
            {
                await CreateLockBlobAsync(blob, cancellationToken);
            }
            catch (RequestFailedException taken) when (taken.Status == 409 && Stopwatch.GetElapsedTime(started) < AcquireTimeout)
            {
                // Another instance is committing: its commit is a few requests long.
                await Task.Delay(backoff + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 5)), cancellationToken);
                backoff = TimeSpan.FromMilliseconds(Math.Min(backoff.TotalMilliseconds * 2, 50));
            }
        }
    }

    private static async Task CreateLockBlobAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var options = new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } };
            await blob.UploadAsync(BinaryData.Empty, options, cancellationToken);
        }
        catch (RequestFailedException exists) when (exists.Status is 409 or 412)
        {
            // Another instance created it first: just as good.
        }
    }

    private sealed class Held : IAsyncDisposable
    {
        private readonly List<BlobLeaseClient> _leases = [];

        public void Add(BlobLeaseClient lease) => _leases.Add(lease);

        public async ValueTask DisposeAsync()
        {
            for (var i = _leases.Count - 1; i >= 0; i--)
            {
                // Bounded: a hung storage must not hold the turn; an unreleased lease frees itself within its duration.
                using var timeout = new CancellationTokenSource(ReleaseTimeout);
                try
                {
                    await _leases[i].ReleaseAsync(cancellationToken: timeout.Token);
                }
                catch (Exception failed) when (failed is RequestFailedException or OperationCanceledException)
                {
                    // Expired or lost: it frees itself within the lease duration.
                }
            }

            _leases.Clear();
        }
    }
}
