using Newtonsoft.Json.Linq;

namespace BoneCoachBot.State;

/// <summary>
/// Where a storage keeps the write-ahead records of turn commits (see State/README.md): a record is durable before
/// the first item of its commit is written and removed after the last, so a crash in between leaves it behind for
/// <see cref="CommitRecovery"/> to finish. Record ids start with the commit's lock stripes ("12-40-…").
/// </summary>
public interface ICommitJournal
{
    /// <summary>Stores <paramref name="record"/> under <paramref name="id"/>; returns once it is durable.</summary>
    Task AddAsync(string id, CommitRecord record, CancellationToken cancellationToken);

    Task RemoveAsync(string id, CancellationToken cancellationToken);

    /// <summary>The ids of every record still stored.</summary>
    Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken);

    /// <summary>The record, or null once another recovery removed it.</summary>
    Task<CommitRecord?> ReadAsync(string id, CancellationToken cancellationToken);
}

/// <summary>One commit's writes: each key with the ETag it was checked against and its new content (null: delete).</summary>
public sealed record CommitRecord(IReadOnlyList<CommitEntry> Entries)
{
    public string ToJson() => new JObject
    {
        ["entries"] = new JArray(Entries.Select(entry => new JObject
        {
            ["key"] = entry.Key,
            ["baseETag"] = entry.BaseETag,
            ["document"] = entry.Document,
        })),
    }.ToString(Newtonsoft.Json.Formatting.None);

    public static CommitRecord FromJson(string json)
    {
        var root = JObject.Parse(json);
        var entries = ((JArray)root["entries"]!).Select(token => new CommitEntry(
            token.Value<string>("key")!,
            token["baseETag"] is { Type: JTokenType.String } eTag ? eTag.Value<string>() : null,
            token["document"] as JObject));
        return new CommitRecord(entries.ToList());
    }
}

/// <summary>One key of a <see cref="CommitRecord"/>.</summary>
public sealed record CommitEntry(string Key, string? BaseETag, JObject? Document);

/// <summary>A storage whose turn commits go through a write-ahead <see cref="ICommitJournal"/> (File and Blob).</summary>
public interface IJournaledStorage : ICommitLock
{
    ICommitJournal Journal { get; }
}
