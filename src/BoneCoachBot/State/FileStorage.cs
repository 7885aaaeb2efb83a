using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.State;

/// <summary>
/// Bot state as one plain JSON file per key, the default: a local bot keeps its users across restarts with no setup.
/// A write checks the ETag (a hash of the file's bytes, revision included) and replaces the file atomically (temp file + rename) while
/// holding the key's lock, so processes sharing the directory never lose an update and a crash never leaves half a file.
/// A turn's two items are committed through the <see cref="FileCommitJournal"/> (State/README.md); temp files a
/// killed process left behind are removed at start-up.
/// </summary>
public sealed class FileStorage : IStorage, IJournaledStorage, IETagReader, IStorageHealth
{
    private const string TempSuffix = ".tmp";

    private const string Suffix = ".json";

    private readonly string _directory;
    private readonly FileLockStripes _locks;
    private readonly FileLockStripes _commitLocks;

    public FileStorage(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = Path.GetFullPath(directory);
        Directory.CreateDirectory(_directory);
        _locks = new FileLockStripes(_directory, "write-");
        _commitLocks = new FileLockStripes(_directory, "commit-");
        Journal = new FileCommitJournal(_directory);
        RemoveStaleTempFiles(_directory);
    }

    /// <summary>Where turn commits record their writes ahead of making them.</summary>
    public ICommitJournal Journal { get; }

    /// <summary>Cross-process: the OS locks the commit stripes of these keys (a family apart from the per-write locks).</summary>
    public Task<IAsyncDisposable> LockForCommitAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        _commitLocks.AcquireAsync(keys, cancellationToken);

    /// <summary>Reachable while the state folder is there and takes a file.</summary>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ReplaceAsync(Path.Combine(_directory, ".locks", "health.probe"), [], cancellationToken);
            return true;
        }
        catch (Exception failed) when (failed is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct())
        {
            // No lock: a rename swaps the whole file, so a reader sees the old bytes or the new ones.
            var bytes = await ReadBytesAsync(PathFor(key), cancellationToken);
            if (bytes is not null)
            {
                items[key] = StoredDocument.Parse(Encoding.UTF8.GetString(bytes), ETagOf(bytes));
            }
        }

        return items;
    }

    // The ETag is a hash of the bytes: they are read, not parsed.
    public async Task<IReadOnlyDictionary<string, string>> ReadETagsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (await ReadBytesAsync(PathFor(key), cancellationToken) is { } bytes)
            {
                found[key] = ETagOf(bytes);
            }
        }

        return found;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            var path = PathFor(key);
            byte[] bytes;
            await using (await _locks.AcquireAsync(key, cancellationToken))
            {
                var current = await ReadBytesAsync(path, cancellationToken);
                WriteCondition.Ensure(key, ItemETag.Of(value), current is null ? null : ETagOf(current));
                var revision = current is null ? 1 : StoredDocument.RevisionOf(Encoding.UTF8.GetString(current)) + 1;
                bytes = Encoding.UTF8.GetBytes(StoredDocument.Serialize(value, revision));
                await ReplaceAsync(path, bytes, cancellationToken);
            }

            ItemETag.Set(value, ETagOf(bytes));
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            await using (await _locks.AcquireAsync(key, cancellationToken))
            {
                File.Delete(PathFor(key));
            }
        }
    }

    /// <summary>Replaces <paramref name="path"/> with <paramref name="bytes"/> in one rename, flushed to disk first.</summary>
    internal static async Task ReplaceAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        // The process id in the name tells start-up which temp files belong to no live writer.
        var temp = $"{path}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.{Guid.NewGuid():N}{TempSuffix}";
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await stream.WriteAsync(bytes, cancellationToken);
                // On disk before the rename, or a power cut could leave the new name pointing at empty blocks.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static async Task<byte[]?> ReadBytesAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    // A temp file is a write that never finished when its process is gone (killed between write and rename);
    // another live instance's temp files are its writes in flight, and stay.
    private static void RemoveStaleTempFiles(string directory)
    {
        foreach (var temp in Directory.EnumerateFiles(directory, "*" + TempSuffix, SearchOption.AllDirectories))
        {
            var parts = Path.GetFileName(temp).Split('.');
            var writer = parts.Length >= 3 && int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : (int?)null;
            if (writer is null || !IsRunning(writer.Value))
            {
                File.Delete(temp);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // A hash of the bytes survives restarts and needs no index; the envelope's revision makes every write's bytes new.
    private static string ETagOf(byte[] bytes) => "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"";

    private string PathFor(string key) => Path.Combine(_directory, StorageKey.ToName(key, Suffix));
}
