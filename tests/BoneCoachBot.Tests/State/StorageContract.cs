using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.State;

/// <summary>
/// What every IStorage here promises, run against File, Blob (Azurite) and Memory by the derived classes:
/// plain JSON in and out, ETags on read, If-Match / If-None-Match on write, one conflict exception.
/// </summary>
public abstract class StorageContract
{
    /// <summary>A fresh, empty store; two calls in one test share the same place (directory, container).</summary>
    protected abstract IStorage CreateStorage();

    private IStorage? _storage;

    private IStorage Storage => _storage ??= CreateStorage();

    public static TheoryData<string> OddKeys => new()
    {
        "msteams/conversations/19:meeting_ZmI2@thread.v2;messageid=1700000000000",
        "msteams/users/29:1AbC-dEf_gHi/JkL+mNo=",
        "emulator/users/zoë.müller@example.com",
        "webchat/conversations/日本語の会話 🦴",
        "directline/conversations/a%2Fb?c=d&e#f",
        "..",
        "trailing.dot.",
        new string('x', 400) + ":long",
    };

    [Fact]
    public async Task Reading_a_missing_key_returns_nothing()
    {
        var items = await Storage.ReadAsync(["nobody/users/missing"]);

        Assert.Empty(items);
    }

    [Fact]
    public async Task A_new_item_is_written_and_read_back_with_its_etag()
    {
        var item = new JObject { ["answer"] = "about 140 pounds", ["count"] = 3 };

        await Storage.WriteAsync(new Dictionary<string, object> { ["k/new"] = item });
        var read = await ReadOneAsync("k/new");

        Assert.Equal("about 140 pounds", read["answer"]!.Value<string>());
        Assert.Equal(3, read["count"]!.Value<int>());
        Assert.False(string.IsNullOrEmpty(ItemETag.Of(read)));
        Assert.Equal(ItemETag.Of(item), ItemETag.Of(read));
    }

    [Fact]
    public async Task Writing_with_the_current_etag_replaces_the_item_and_changes_the_etag()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k/match"] = new JObject { ["n"] = 1 } });
        var first = await ReadOneAsync("k/match");
        var before = ItemETag.Of(first);

        first["n"] = 2;
        await Storage.WriteAsync(new Dictionary<string, object> { ["k/match"] = first });
        var second = await ReadOneAsync("k/match");

        Assert.Equal(2, second["n"]!.Value<int>());
        Assert.NotEqual(before, ItemETag.Of(second));
        Assert.Equal(ItemETag.Of(first), ItemETag.Of(second));
    }

    [Fact]
    public async Task Writing_with_a_stale_etag_is_a_conflict_and_keeps_the_newer_item()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k/stale"] = new JObject { ["n"] = 1 } });
        var mine = await ReadOneAsync("k/stale");
        var theirs = await ReadOneAsync("k/stale");
        theirs["n"] = 2;
        await Storage.WriteAsync(new Dictionary<string, object> { ["k/stale"] = theirs });

        mine["n"] = 3;
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(
            () => Storage.WriteAsync(new Dictionary<string, object> { ["k/stale"] = mine }));

        Assert.Equal("k/stale", conflict.Key);
        Assert.Equal(2, (await ReadOneAsync("k/stale"))["n"]!.Value<int>());
    }

    [Fact]
    public async Task Writing_a_new_item_where_one_exists_is_a_conflict()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k/twice"] = new JObject { ["n"] = 1 } });

        await Assert.ThrowsAsync<StorageConflictException>(
            () => Storage.WriteAsync(new Dictionary<string, object> { ["k/twice"] = new JObject { ["n"] = 2 } }));
        Assert.Equal(1, (await ReadOneAsync("k/twice"))["n"]!.Value<int>());
    }

    [Fact]
    public async Task A_star_etag_overwrites_whatever_is_stored()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k/star"] = new JObject { ["n"] = 1 } });

        await Storage.WriteAsync(new Dictionary<string, object> { ["k/star"] = new JObject { ["n"] = 2, ["eTag"] = "*" } });

        Assert.Equal(2, (await ReadOneAsync("k/star"))["n"]!.Value<int>());
    }

    [Fact]
    public async Task An_etag_held_for_a_deleted_item_is_a_conflict()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k/gone"] = new JObject { ["n"] = 1 } });
        var held = await ReadOneAsync("k/gone");
        await Storage.DeleteAsync(["k/gone"]);

        await Assert.ThrowsAsync<StorageConflictException>(
            () => Storage.WriteAsync(new Dictionary<string, object> { ["k/gone"] = held }));
    }

    [Fact]
    public async Task The_etags_alone_match_what_a_read_returns_and_leave_out_missing_keys()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k/tagged"] = new JObject { ["n"] = 1 } });
        await Storage.WriteAsync(new Dictionary<string, object> { ["k/tagged"] = new JObject { ["n"] = 2, [StoredDocument.ETagProperty] = "*" } });
        var read = await ReadOneAsync("k/tagged");

        var eTags = await ((IETagReader)Storage).ReadETagsAsync(["k/tagged", "k/never-written"], CancellationToken.None);

        Assert.Equal(ItemETag.Of(read), Assert.Single(eTags, pair => pair.Key == "k/tagged").Value);
        Assert.False(eTags.ContainsKey("k/never-written"));
    }

    [Fact]
    public async Task Delete_removes_the_item_and_a_missing_key_is_no_error()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k/delete"] = new JObject { ["n"] = 1 } });

        await Storage.DeleteAsync(["k/delete", "k/never-written"]);

        Assert.Empty(await Storage.ReadAsync(["k/delete"]));
    }

    [Fact]
    public async Task A_typed_store_item_gets_its_etag_and_reads_back_as_plain_json()
    {
        var profile = new ProfileItem { WeightKg = 63.5, Answers = ["twice a week", "25 ng/ml"] };

        await Storage.WriteAsync(new Dictionary<string, object> { ["k/typed"] = profile });
        var read = await ReadOneAsync("k/typed");
        var typed = read.ToObject<ProfileItem>()!;

        Assert.Null(read["$type"]);
        Assert.Equal(63.5, typed.WeightKg);
        Assert.Equal(["twice a week", "25 ng/ml"], typed.Answers);
        Assert.Equal(profile.ETag, typed.ETag);
    }

    [Fact]
    public async Task Of_writers_holding_the_same_etag_exactly_one_wins()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k/race"] = new JObject { ["n"] = 0 } });
        var eTag = ItemETag.Of(await ReadOneAsync("k/race"));

        var writes = Enumerable.Range(1, 10).Select(n => Task.Run(() => Storage.WriteAsync(
            new Dictionary<string, object> { ["k/race"] = new JObject { ["n"] = n, ["eTag"] = eTag } }))).ToList();
        var outcomes = await Task.WhenAll(writes.Select(async write =>
        {
            try
            {
                await write;
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        }));

        Assert.Single(outcomes, won => won);
    }

    [Theory]
    [MemberData(nameof(OddKeys))]
    public async Task Keys_with_channel_ids_punctuation_and_unicode_round_trip(string key)
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["key"] = key } });

        var read = await Storage.ReadAsync([key]);

        Assert.Equal(key, ((JObject)read[key])["key"]!.Value<string>());
        await Storage.DeleteAsync([key]);
        Assert.Empty(await Storage.ReadAsync([key]));
    }

    [Fact]
    public async Task Keys_that_differ_only_by_escaping_or_case_stay_apart()
    {
        string[] keys = ["c/a/b", "c/a%2Fb", "c/A/B"];
        foreach (var key in keys)
        {
            await Storage.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["key"] = key } });
        }

        var read = await Storage.ReadAsync(keys);

        Assert.All(keys, key => Assert.Equal(key, ((JObject)read[key])["key"]!.Value<string>()));
    }

    private async Task<JObject> ReadOneAsync(string key)
    {
        var items = await Storage.ReadAsync([key]);
        return Assert.IsType<JObject>(items[key]);
    }

    public sealed class ProfileItem : IStoreItem
    {
        public double WeightKg { get; set; }

        public List<string> Answers { get; set; } = [];

        public string? ETag { get; set; }
    }
}
