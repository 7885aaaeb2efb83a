namespace BoneCoachBot.State;

/// <summary>Asks the storage whether it answers, within a bound a load balancer's probe can wait for.</summary>
public static class StorageHealth
{
    // Probes of App Service and load balancers give up after a few seconds; answer before they do.
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public static async Task<bool> IsReachableAsync(object backend, CancellationToken cancellationToken)
    {
        if (backend is not IStorageHealth health)
        {
            return true;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            return await health.IsReachableAsync(timeout.Token);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The SDK's own retries end in an AggregateException, a hung account in the time-out: both mean "not now".
            return false;
        }
    }
}
