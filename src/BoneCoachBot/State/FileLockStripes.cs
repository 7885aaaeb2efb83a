using System.Diagnostics;

namespace BoneCoachBot.State;

/// <summary>
/// Serialises writers of one key across threads and processes sharing a state directory. Keys map onto a fixed
/// set of lock files (stripes), so no user id lingers in a lock file name after "forget me".
/// </summary>
public sealed class FileLockStripes
{
    private const int StripeCount = 64;
    private static readonly TimeSpan AcquireTimeout = TimeSpan.FromSeconds(30);

    private readonly string _directory;
    private readonly SemaphoreSlim[] _inProcess = Enumerable.Range(0, StripeCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public FileLockStripes(string stateDirectory)
    {
        _directory = Path.Combine(stateDirectory, ".locks");
        Directory.CreateDirectory(_directory);
    }

    /// <summary>Holds the key's stripe until disposed: first within this process, then the OS lock for other processes.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var stripe = StorageKey.Stripe(key, StripeCount);
        var gate = _inProcess[stripe];
        await gate.WaitAsync(cancellationToken);
        try
        {
            var file = await LockFileAsync(Path.Combine(_directory, $"{stripe}.lock"), cancellationToken);
            return new Held(file, gate);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    // .NET takes FileShare.None as an exclusive, non-blocking flock on Unix (a share lock on Windows), so another
    // process holding the stripe shows up as an IOException: back off briefly and try again, within a bound.
    private static async Task<FileStream> LockFileAsync(string path, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var backoff = TimeSpan.FromMilliseconds(1);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (Stopwatch.GetElapsedTime(started) < AcquireTimeout)
            {
                await Task.Delay(backoff + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 3)), cancellationToken);
                backoff = TimeSpan.FromMilliseconds(Math.Min(backoff.TotalMilliseconds * 2, 50));
            }
        }
    }

    private sealed class Held(FileStream file, SemaphoreSlim gate) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await file.DisposeAsync();
            gate.Release();
        }
    }
}
