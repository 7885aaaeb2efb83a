using System.Security.Cryptography;
using System.Text;

namespace BoneCoachBot.State;

/// <summary>Turns a state key (channel and Teams ids: ':', '/', '@', unicode) into a safe file or blob name.</summary>
public static class StorageKey
{
    /// <summary>Lock stripes per family (File lock files, Blob lease blobs); commit journals are named by them too.</summary>
    public const int LockStripes = 64;

    // Well under file systems' 255-byte names and Blob Storage's 1,024 characters, with room for suffixes.
    private const int MaxReadableNameLength = 120;

    public static void EnsureValid(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
    }

    /// <summary>Percent-escaped so it reads back as the key; a SHA-256 when too long. Never ends in '.' or '/'.</summary>
    public static string ToName(string key, string suffix)
    {
        EnsureValid(key);
        var name = Uri.EscapeDataString(key);
        if (name.Length > MaxReadableNameLength)
        {
            name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        }

        return name + suffix;
    }

    /// <summary>A short stable hash of a key, to pick a lock stripe without putting the id itself in a file name.</summary>
    public static int Stripe(string key, int stripes)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return (int)(BitConverter.ToUInt32(hash, 0) % (uint)stripes);
    }
}
