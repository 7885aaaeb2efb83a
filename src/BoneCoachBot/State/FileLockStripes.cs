using System.Diagnostics;

namespace BoneCoachBot.State;

/// <summary>
/// Serialises writers of one key across threads and processes sharing a state directory. Keys map onto a fixed
/// set of lock files (stripes), so no user id lingers in a lock file name after "forget me".
/// </summary>
public sealed class FileLockStripes
{
    private const int StripeCount = StorageKey.LockStripes;
    private static readonly TimeSpan AcquireTimeout = TimeSpan.FromSeconds(30);

    private readonly string _directory;
    private readonly string _prefix;
    private readonly SemaphoreSlim[] _inProcess = Enumerable.Range(0, StripeCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <param name="stateDirectory">The state folder; lock files go to its <c>.locks</c> subfolder.</param>
    /// <param name="prefix">Names one family of locks, so independent families never block each other.</param>
    public FileLockStripes(string stateDirectory, string prefix)
    {
        _directory = Path.Combine(stateDirectory, ".locks");
        _prefix = prefix;
        Directory.CreateDirectory(_directory);
    }

    /// <summary>Holds the key's stripe until disposed: first within this process, then the OS lock for other processes.</summary>
    public Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken) =>
        AcquireStripeAsync(StorageKey.Stripe(key, StripeCount), cancellationToken);

    /// <summary>Holds the stripes of all <paramref name="keys"/>, taken in ascending order so holders never deadlock.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var held = new HeldMany();
        try
        {
            foreach (var stripe in keys.Select(key => StorageKey.Stripe(key, StripeCount)).Distinct().Order())
            {
                held.Add(await AcquireStripeAsync(stripe, cancellationToken));
            }

            return held;
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }
    }

    private async Task<IAsyncDisposable> AcquireStripeAsync(int stripe, CancellationToken cancellationToken)
    {
        var gate = _inProcess[stripe];
        await gate.WaitAsync(cancellationToken);
        try
        {
            var file = await LockFileAsync(Path.Combine(_directory, $"{_prefix}{stripe}.lock"), cancellationToken);
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

    private sealed class HeldMany : IAsyncDisposable
    {
        private readonly List<IAsyncDisposable> _held = [];

        public void Add(IAsyncDisposable held) => _held.Add(held);

        public async ValueTask DisposeAsync()
        {
            for (var i = _held.Count - 1; i >= 0; i--)
            {
                await _held[i].DisposeAsync();
            }

            _held.Clear();
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
