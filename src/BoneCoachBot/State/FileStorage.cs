using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.State;

/// <summary>
/// Bot state as one plain JSON file per key, the default: a local bot keeps its users across restarts with no setup.
/// A write checks the ETag (a hash of the file's bytes, revision included) and replaces the file atomically (temp file + rename) while
/// holding the key's lock, so processes sharing the directory never lose an update and a crash never leaves half a file.
/// </summary>
public sealed class FileStorage : IStorage, ICommitLock
{
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
    }

    /// <summary>Cross-process: the OS locks the commit stripes of these keys (a family apart from the per-write locks).</summary>
    public Task<IAsyncDisposable> LockForCommitAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        _commitLocks.AcquireAsync(keys, cancellationToken);

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

    private static async Task ReplaceAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
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

    // A hash of the bytes survives restarts and needs no index; the envelope's revision makes every write's bytes new.
    private static string ETagOf(byte[] bytes) => "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"";

    private string PathFor(string key) => Path.Combine(_directory, StorageKey.ToName(key, Suffix));
}
