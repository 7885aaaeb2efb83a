namespace BoneCoach.Bench.Targets;

/// <summary>The coach's storage settings for a run, and the scratch folder File storage writes to.</summary>
public sealed class CoachStorage : IDisposable
{
    private readonly string? _directory;

    private CoachStorage(IReadOnlyDictionary<string, string> environment, string? directory)
    {
        Environment = environment;
        _directory = directory;
    }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public static CoachStorage For(BenchOptions options)
    {
        const string prefix = "BoneCoach__Storage__";
        switch (options.Storage)
        {
            case "File":
                var directory = Directory.CreateTempSubdirectory("bonecoach-bench-").FullName;
                return new CoachStorage(new Dictionary<string, string> { [prefix + "Provider"] = "File", [prefix + "Directory"] = directory }, directory);
            case "Blob":
                return new CoachStorage(new Dictionary<string, string>
                {
                    [prefix + "Provider"] = "Blob",
                    [prefix + "ConnectionString"] = options.BlobConnectionString!,
                    [prefix + "ContainerName"] = "bench-" + Guid.NewGuid().ToString("N")[..12],
                }, null);
            default:
                return new CoachStorage(new Dictionary<string, string> { [prefix + "Provider"] = "Memory" }, null);
        }
    }

    public void Dispose()
    {
        if (_directory is not null && Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
