namespace BoneCoachBot.State;

/// <summary>
/// A storage that can say which version of each item it holds without handing over (and parsing) the items: the
/// commit's check under the lock needs only the ETags, and reading both documents again cost a tenth of a turn.
/// </summary>
public interface IETagReader
{
    /// <summary>The stored ETag of each key that exists; a missing key is left out.</summary>
    Task<IReadOnlyDictionary<string, string>> ReadETagsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);
}
