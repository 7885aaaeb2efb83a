namespace BoneCoachBot.State;

/// <summary>
/// The If-Match / If-None-Match rule every backend applies, so File and Memory answer exactly as Blob Storage does.
/// </summary>
public static class WriteCondition
{
    /// <summary>Throws <see cref="StorageConflictException"/> unless a write expecting <paramref name="expected"/> may replace <paramref name="current"/>.</summary>
    public static void Ensure(string key, string? expected, string? current)
    {
        var allowed = expected switch
        {
            ItemETag.Any => true,
            // No ETag: the writer believes the item is new (If-None-Match: *).
            null => current is null,
            // A deleted item fails If-Match too, as a 412 does on a missing blob.
            _ => string.Equals(expected, current, StringComparison.Ordinal),
        };

        if (!allowed)
        {
            throw new StorageConflictException(key, expected);
        }
    }
}
