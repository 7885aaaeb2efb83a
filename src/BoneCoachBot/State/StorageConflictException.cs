namespace BoneCoachBot.State;

/// <summary>
/// A write whose ETag no longer matches the stored item (or that expected a new item where one exists):
/// someone else saved it since it was read. Every <see cref="Microsoft.Bot.Builder.IStorage"/> here throws this one type.
/// </summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException(string key, string? expectedETag, Exception? innerException = null)
        : base(Describe(key, expectedETag), innerException)
    {
        Key = key;
        ExpectedETag = expectedETag;
    }

    /// <summary>The storage key that was written (ids only, never state contents).</summary>
    public string Key { get; }

    /// <summary>The ETag the writer held; null when it expected to create a new item.</summary>
    public string? ExpectedETag { get; }

    private static string Describe(string key, string? expectedETag) =>
        expectedETag is null
            ? $"Item '{key}' already exists but was written as new (no ETag). Read it first and write with its ETag, or use ETag '*' to overwrite."
            : $"Item '{key}' changed since it was read (ETag {expectedETag} is stale). Read it again and retry, or use ETag '*' to overwrite.";
}
