using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.State;

/// <summary>The typed property over the SDK's own ConversationState, with stored items as plain JSON.</summary>
public sealed class TypedStatePropertyTests
{
    private const string Key = "test/conversations/c1";

    private readonly InMemoryStorage _storage = new();
    private readonly ConversationState _state;
    private readonly TypedStateProperty<MessageLog> _log;

    public TypedStatePropertyTests()
    {
        _state = new ConversationState(_storage);
        _log = new TypedStateProperty<MessageLog>(_state, nameof(MessageLog));
    }

    [Fact]
    public async Task A_stored_value_is_converted_once_and_a_change_to_it_is_saved()
    {
        await StoreAsync(new JObject { [nameof(MessageLog)] = new JObject { ["Entries"] = new JArray("asked") } });
        var turn = NewTurn();

        var first = await _log.GetAsync(turn, () => new MessageLog(), CancellationToken.None);
        first.Entries.Add("answered");
        var second = await _log.GetAsync(turn, () => new MessageLog(), CancellationToken.None);
        await _state.SaveChangesAsync(turn, false, CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(["asked", "answered"], await StoredEntriesAsync());
    }

    [Fact]
    public async Task A_missing_value_is_stored_only_when_a_factory_makes_it()
    {
        await StoreAsync(new JObject { ["Other"] = 1 });
        var turn = NewTurn();

        var withoutFactory = await _log.GetAsync(turn, null, CancellationToken.None);
        var cachedBefore = _state.GetCachedState(turn).State.ContainsKey(nameof(MessageLog));
        var made = await _log.GetAsync(turn, () => new MessageLog { Entries = ["new"] }, CancellationToken.None);

        Assert.Null(withoutFactory);
        Assert.False(cachedBefore);
        Assert.Same(made, _state.GetCachedState(turn).State[nameof(MessageLog)]);
    }

    [Fact]
    public async Task Before_the_state_is_loaded_it_loads_it_and_a_set_lands_in_the_loaded_state()
    {
        await StoreAsync(new JObject { [nameof(MessageLog)] = new JObject { ["Entries"] = new JArray("kept") } });
        var reading = NewTurn();
        var writing = NewTurn();

        var read = await _log.GetAsync(reading, null, CancellationToken.None);
        await _log.SetAsync(writing, new MessageLog { Entries = ["replaced"] }, CancellationToken.None);
        await _state.SaveChangesAsync(writing, false, CancellationToken.None);

        Assert.Equal(["kept"], read.Entries);
        Assert.Equal(["replaced"], await StoredEntriesAsync());
    }

    private Task StoreAsync(JObject item) => _storage.WriteAsync(new Dictionary<string, object> { [Key] = item });

    private async Task<List<string>> StoredEntriesAsync()
    {
        var item = (JObject)(await _storage.ReadAsync([Key]))[Key];
        return item[nameof(MessageLog)]!["Entries"]!.ToObject<List<string>>()!;
    }

    private static TurnContext NewTurn() => new(new TestAdapter(Channels.Test), new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = Channels.Test,
        Conversation = new ConversationAccount(id: "c1"),
        From = new ChannelAccount("u1"),
        Recipient = new ChannelAccount("bot"),
        Text = "hello",
    });
}
