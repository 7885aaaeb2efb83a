using System.Text;

namespace BoneCoachBot.State;

/// <summary>Commit records as files in the state folder's <c>.journal</c> subfolder, each written whole (temp file, flush, rename).</summary>
public sealed class FileCommitJournal : ICommitJournal
{
    private const string Suffix = ".json";
    private readonly string _directory;

    public FileCommitJournal(string stateDirectory)
    {
        _directory = Path.Combine(stateDirectory, ".journal");
        Directory.CreateDirectory(_directory);
    }

    public async Task AddAsync(string id, CommitRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await FileStorage.ReplaceAsync(PathFor(id), Encoding.UTF8.GetBytes(record.ToJson()), cancellationToken);
    }

    public Task RemoveAsync(string id, CancellationToken cancellationToken)
    {
        File.Delete(PathFor(id));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> ids = Directory.EnumerateFiles(_directory, "*" + Suffix)
            .Select(path => Path.GetFileName(path)[..^Suffix.Length])
            .ToList();
        return Task.FromResult(ids);
    }

    public async Task<CommitRecord?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return CommitRecord.FromJson(await File.ReadAllTextAsync(PathFor(id), cancellationToken));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private string PathFor(string id) => Path.Combine(_directory, id + Suffix);
}
