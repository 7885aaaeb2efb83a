using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.State;

/// <summary>
/// Issue 16, failure 2: a turn saves its conversation and user items together or not at all, even when the
/// process dies between the two writes, and a killed writer leaves no temp file behind.
/// </summary>
public sealed class JournaledCommitTests : IDisposable
{
    private const string ConversationKey = "emulator/conversations/c1";
    private const string UserKey = "emulator/users/u1";
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-journal-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_commit_killed_between_its_two_writes_is_finished_at_the_next_start()
    {
        var unit = await TurnAsync(new FileStorage(_directory));
        var dying = new DiesAfterWrites(new FileStorage(_directory), writesBeforeDeath: 1);

        await Assert.ThrowsAsync<ProcessKilled>(() => TurnCommit.SaveAsync(dying, unit, CancellationToken.None));
        var restarted = new FileStorage(_directory);
        await new StateRecoveryService(new TurnScopedStorage(restarted), NullLogger<StateRecoveryService>.Instance).StartingAsync(CancellationToken.None);

        await AssertTurnSavedAsync(restarted);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_directory, ".journal")));
    }

    [Fact]
    public async Task A_commit_killed_before_its_first_write_is_finished_by_the_next_commit_on_its_keys()
    {
        var unit = await TurnAsync(new FileStorage(_directory));
        var dying = new DiesAfterWrites(new FileStorage(_directory), writesBeforeDeath: 0);
        await Assert.ThrowsAsync<ProcessKilled>(() => TurnCommit.SaveAsync(dying, unit, CancellationToken.None));

        // Another instance on the folder, still holding the old baseline: its commit must not build on the unfinished one.
        var other = new FileStorage(_directory);
        var stale = await TurnAsync(other, answer: 70, readFrom: unit);
        var result = await TurnCommit.SaveAsync(other, stale, CancellationToken.None);

        Assert.NotNull(result.Conflict);
        await AssertTurnSavedAsync(other);
    }

    [Fact]
    public async Task Temp_files_of_dead_writers_are_removed_at_start_and_a_live_writers_are_kept()
    {
        var deadPid = DeadProcessId();
        var dead = Path.Combine(_directory, $"emulator%2Fusers%2Fu1.json.{deadPid}.0123456789abcdef.tmp");
        var oldFormat = Path.Combine(_directory, "emulator%2Fusers%2Fu1.json.0123456789abcdef.tmp");
        var live = Path.Combine(_directory, $"emulator%2Fusers%2Fu1.json.{Environment.ProcessId}.0123456789abcdef.tmp");
        Directory.CreateDirectory(Path.Combine(_directory, ".journal"));
        var deadJournal = Path.Combine(_directory, ".journal", $"1-2-abc.json.{deadPid}.0123456789abcdef.tmp");
        foreach (var path in new[] { dead, oldFormat, live, deadJournal })
        {
            await File.WriteAllTextAsync(path, "{\"half\":");
        }

        _ = new FileStorage(_directory);

        Assert.False(File.Exists(dead));
        Assert.False(File.Exists(oldFormat));
        Assert.False(File.Exists(deadJournal));
        Assert.True(File.Exists(live));
    }

    private static async Task<TurnUnitOfWork> TurnAsync(IStorage storage, int answer = 62, TurnUnitOfWork? readFrom = null)
    {
        string[] keys = [ConversationKey, UserKey];
        IReadOnlyDictionary<string, StateBaseline> baselines;
        if (readFrom is not null)
        {
            baselines = keys.ToDictionary(key => key, readFrom.BaselineOf);
        }
        else
        {
            await storage.WriteAsync(new Dictionary<string, object>
            {
                [ConversationKey] = new JObject { ["step"] = 1 },
                [UserKey] = new JObject { ["answers"] = new JObject() },
            });
            var stored = await storage.ReadAsync(keys);
            baselines = keys.ToDictionary(key => key, key => StateBaseline.From(stored[key]));
        }

        var unit = new TurnUnitOfWork(keys, baselines);
        unit.Write(ConversationKey, new JObject { ["step"] = 2 });
        unit.Write(UserKey, new JObject { ["answers"] = new JObject { ["age"] = answer } });
        return unit;
    }

    private static async Task AssertTurnSavedAsync(IStorage storage)
    {
        var items = await storage.ReadAsync([ConversationKey, UserKey]);
        Assert.Equal(2, ((JObject)items[ConversationKey]).Value<int>("step"));
        Assert.Equal(62, ((JObject)items[UserKey])["answers"]!.Value<int>("age"));
    }

    private static int DeadProcessId()
    {
        for (var pid = 4_000_000; ; pid--)
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
            }
            catch (ArgumentException)
            {
                return pid;
            }
        }
    }

    private sealed class ProcessKilled : Exception;

    /// <summary>A File storage whose process "dies" (throws, and does nothing more) after a number of item writes.</summary>
    private sealed class DiesAfterWrites(FileStorage inner, int writesBeforeDeath) : IStorage, IJournaledStorage
    {
        private int _writes;

        public ICommitJournal Journal => inner.Journal;

        public Task<IAsyncDisposable> LockForCommitAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
            inner.LockForCommitAsync(keys, cancellationToken);

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
            ++_writes > writesBeforeDeath ? throw new ProcessKilled() : inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}
