using System.Text;
using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.State;

public sealed class FileStorageContractTests : StorageContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-state-").FullName;

    protected override IStorage CreateStorage() => new FileStorage(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Two_stores_on_one_directory_never_both_win_a_write()
    {
        // Separate instances share no in-process lock: only the OS file lock keeps them apart, as for two processes.
        var first = new FileStorage(_directory);
        var second = new FileStorage(_directory);
        await first.WriteAsync(new Dictionary<string, object> { ["k/shared"] = new JObject { ["n"] = 0 } });
        var eTag = ItemETag.Of((JObject)(await first.ReadAsync(["k/shared"]))["k/shared"]);

        var wins = 0;
        await Task.WhenAll(Enumerable.Range(0, 20).Select(n => Task.Run(async () =>
        {
            var store = n % 2 == 0 ? first : second;
            try
            {
                await store.WriteAsync(new Dictionary<string, object> { ["k/shared"] = new JObject { ["n"] = n, ["eTag"] = eTag } });
                Interlocked.Increment(ref wins);
            }
            catch (StorageConflictException)
            {
            }
        })));

        Assert.Equal(1, wins);
    }

    [Fact]
    public async Task A_file_written_before_schema_versions_still_loads()
    {
        // What the first FileStorage wrote: the bare BotState dictionary, no envelope.
        var legacy = """{ "ConversationFlags": { "Welcomed": true } }""";
        await File.WriteAllTextAsync(Path.Combine(_directory, Uri.EscapeDataString("emulator/conversations/old") + ".json"), legacy, Encoding.UTF8);

        var read = (JObject)(await CreateStorage().ReadAsync(["emulator/conversations/old"]))["emulator/conversations/old"];

        Assert.True(read["ConversationFlags"]!["Welcomed"]!.Value<bool>());
        Assert.NotNull(ItemETag.Of(read));
    }

    [Fact]
    public async Task A_file_is_plain_json_with_a_schema_version_and_no_type_names()
    {
        await CreateStorage().WriteAsync(new Dictionary<string, object>
        {
            ["emulator/users/u1"] = new ProfileItem { WeightKg = 63.5 },
        });

        var file = Directory.GetFiles(_directory, "*.json").Single();
        var json = JObject.Parse(await File.ReadAllTextAsync(file));

        Assert.Equal(StoredDocument.CurrentSchemaVersion, json["schemaVersion"]!.Value<int>());
        Assert.Equal(63.5, json["document"]!["WeightKg"]!.Value<double>());
        Assert.DoesNotContain("$type", json.ToString());
        Assert.DoesNotContain("ETag", json.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp"));
    }
}
