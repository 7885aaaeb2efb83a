using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace BoneCoachBot.State;

/// <summary>Commit records as blobs under <c>.journal/</c> in the state container; one upload is atomic on its own.</summary>
public sealed class BlobCommitJournal(BlobContainerClient container) : ICommitJournal
{
    private const string Prefix = ".journal/";
    private const string Suffix = ".json";

    public async Task AddAsync(string id, CommitRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await BlobFor(id).UploadAsync(BinaryData.FromString(record.ToJson()), overwrite: true, cancellationToken);
    }

    public async Task RemoveAsync(string id, CancellationToken cancellationToken) =>
        await BlobFor(id).DeleteIfExistsAsync(cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, Prefix, cancellationToken))
        {
            ids.Add(blob.Name[Prefix.Length..^Suffix.Length]);
        }

        return ids;
    }

    public async Task<CommitRecord?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var download = await BlobFor(id).DownloadContentAsync(cancellationToken);
            return CommitRecord.FromJson(download.Value.Content.ToString());
        }
        catch (RequestFailedException missing) when (missing.Status == 404)
        {
            return null;
        }
    }

    private BlobClient BlobFor(string id) => container.GetBlobClient(Prefix + id + Suffix);
}
