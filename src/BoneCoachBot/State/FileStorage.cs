using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.State;

/// <summary>
/// Bot state as one plain JSON file per key (no .NET type names), replaced atomically so a crash
/// mid-write never leaves half a file.
/// </summary>
public sealed class FileStorage : IStorage
{
    private const int MaxReadableNameLength = 120;

    // Plain JSON only: TypeNameHandling stays None (botbuilder-dotnet #2437).
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Include,
    });

    private readonly string _directory;

    public FileStorage(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = Path.GetFullPath(directory);
        Directory.CreateDirectory(_directory);
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>();
        foreach (var key in keys.Distinct())
        {
            var path = PathFor(key);
            if (!File.Exists(path))
            {
                continue;
            }

            var json = await File.ReadAllTextAsync(path, cancellationToken);
            items[key] = JObject.Parse(json);
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            var json = JObject.FromObject(value, Serializer).ToString(Formatting.Indented);
            var path = PathFor(key);
            var temp = $"{path}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllTextAsync(temp, json, cancellationToken);
            File.Move(temp, path, overwrite: true);
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            File.Delete(PathFor(key));
        }

        return Task.CompletedTask;
    }

    // Keys hold channel and Teams ids (':', '/', '@', unicode): escape them, and hash any too long for a file name.
    private string PathFor(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var name = Uri.EscapeDataString(key);
        if (name.Length > MaxReadableNameLength)
        {
            name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        }

        return Path.Combine(_directory, name + ".json");
    }
}
