using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.State;

/// <summary>The pipeline on its own, with an in-memory backend and the SDK's TestAdapter as the channel.</summary>
public sealed class TurnPipelineTests
{
    private const string ConversationKey = "test/conversations/c1";
    private const string UserKey = "test/users/u1";

    private readonly InMemoryStorage _memory = new();
    private readonly TestAdapter _channel = new(Channels.Test);
    private IStorage _backend;
    private TurnScopedStorage _storage;
    private ConversationState _conversationState;
    private UserState _userState;

    public TurnPipelineTests()
    {
        _backend = _memory;
        _storage = new TurnScopedStorage(_backend);
        _conversationState = new ConversationState(_storage);
        _userState = new UserState(_storage);
    }

    [Fact]
    public async Task A_turn_that_throws_saves_nothing_and_sends_nothing()
    {
        var pipeline = Pipeline();

        await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.RunAsync(NewTurn(), async (turn, ct) =>
        {
            await Log.SetAsync(turn, new MessageLog { Entries = ["half done"] }, ct);
            await turn.SendActivityAsync("too early", cancellationToken: ct);
            throw new InvalidOperationException("dialog failed");
        }, CancellationToken.None));

        Assert.Equal(0, _memory.Count);
        Assert.Empty(_channel.ActiveQueue);
    }

    [Fact]
    public async Task Clearing_state_in_a_turn_replaces_the_stored_item_without_a_conflict()
    {
        var pipeline = Pipeline();
        await pipeline.RunAsync(NewTurn(), (turn, ct) => Log.SetAsync(turn, new MessageLog { Entries = ["old"] }, ct), CancellationToken.None);

        // BotState.ClearStateAsync drops the ETag it read; the pipeline saves with the one it loaded.
        await pipeline.RunAsync(NewTurn(), async (turn, ct) =>
        {
            await _conversationState.ClearStateAsync(turn, ct);
            await Log.SetAsync(turn, new MessageLog { Entries = ["new"] }, ct);
        }, CancellationToken.None);

        Assert.Equal(["new"], await StoredEntriesAsync());
    }

    [Fact]
    public async Task A_proactive_turn_that_saves_keeps_the_turn_log_so_a_resend_is_still_answered_from_it()
    {
        var pipeline = Pipeline();
        var first = NewTurn();
        await pipeline.RunAsync(first, async (turn, ct) =>
        {
            await Log.SetAsync(turn, new MessageLog { Entries = ["asked"] }, ct);
            await turn.SendActivityAsync("What is your age?", cancellationToken: ct);
        }, CancellationToken.None);

        var proactive = NewTurn();
        proactive.Activity.Type = ActivityTypes.Event;
        proactive.Activity.Name = ActivityEventNames.ContinueConversation;
        await pipeline.RunAsync(proactive, (turn, ct) => Log.SetAsync(turn, new MessageLog { Entries = ["asked", "reminded"] }, ct), CancellationToken.None);

        var resent = new TurnContext(_channel, first.Activity);
        await pipeline.RunAsync(resent, (turn, ct) => Log.SetAsync(turn, new MessageLog { Entries = ["applied twice"] }, ct), CancellationToken.None);

        Assert.Equal(["asked", "reminded"], await StoredEntriesAsync());
        Assert.Equal(["What is your age?", "What is your age?"], _channel.ActiveQueue.Select(reply => reply.Text));
    }

    [Fact]
    public async Task The_turn_log_keeps_the_last_twenty_ids_and_the_replies_of_the_newest_three()
    {
        var pipeline = Pipeline();
        var turns = Enumerable.Range(1, 22).Select(_ => NewTurn()).ToList();
        foreach (var (turn, n) in turns.Select((turn, i) => (turn, i + 1)))
        {
            await pipeline.RunAsync(turn, (context, ct) => context.SendActivityAsync($"reply {n}", cancellationToken: ct), CancellationToken.None);
        }

        var item = (JObject)(await _memory.ReadAsync([ConversationKey]))[ConversationKey];
        var log = (JArray)item[TurnLog.Property]!;

        Assert.Equal(turns.AsEnumerable().Reverse().Take(20).Select(turn => turn.Activity.Id), log.Select(entry => entry.Value<string>("id")));
        Assert.Equal(["reply 22", "reply 21", "reply 20"], turns[19..].AsEnumerable().Reverse().Select(turn => Assert.Single(TurnLog.Find(item, turn.Activity.Id)!).Text));
        Assert.All(turns[2..19], turn => Assert.Empty(TurnLog.Find(item, turn.Activity.Id)!));
        Assert.Null(TurnLog.Find(item, turns[0].Activity.Id));
    }

    [Fact]
    public async Task A_resend_is_answered_from_a_log_saved_before_replies_were_kept_as_text()
    {
        var stored = JObject.Parse("""{ "_turnLog": [ { "id": "saved-earlier", "replies": [ { "type": "message", "text": "How tall are you?" } ] } ] }""");
        await _memory.WriteAsync(new Dictionary<string, object> { [ConversationKey] = stored });
        var resent = NewTurn();
        resent.Activity.Id = "saved-earlier";

        await Pipeline().RunAsync(resent, (turn, ct) => Log.SetAsync(turn, new MessageLog { Entries = ["applied twice"] }, ct), CancellationToken.None);

        Assert.Equal(["How tall are you?"], _channel.ActiveQueue.Select(reply => reply.Text));
        Assert.Null(((JObject)(await _memory.ReadAsync([ConversationKey]))[ConversationKey])[nameof(MessageLog)]);
    }

    [Fact]
    public async Task A_turn_whose_state_keeps_changing_gives_up_after_the_set_attempts_and_sends_nothing()
    {
        var pipeline = Pipeline(maxAttempts: 3);
        var attempts = 0;

        await Assert.ThrowsAsync<StorageConflictException>(() => pipeline.RunAsync(NewTurn(), async (turn, ct) =>
        {
            attempts++;
            await Log.SetAsync(turn, new MessageLog { Entries = ["mine"] }, ct);
            await turn.SendActivityAsync("saved?", cancellationToken: ct);
            // Someone else saves the conversation while every attempt runs.
            await _backend.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new JObject { ["other"] = attempts, ["eTag"] = "*" } }, ct);
        }, CancellationToken.None));

        Assert.Equal(3, attempts);
        Assert.Empty(_channel.ActiveQueue);
    }

    [Fact]
    public async Task A_turn_that_saved_one_item_but_not_the_other_reruns_from_its_own_starting_point()
    {
        // A backend without a commit lock: the conversation is saved before the user item's conflict shows.
        UseBackend(new WithoutCommitLock(_memory));
        var pipeline = Pipeline();
        var attempts = 0;

        await pipeline.RunAsync(NewTurn(), async (turn, ct) =>
        {
            attempts++;
            var log = await Log.GetAsync(turn, () => new MessageLog(), ct);
            log.Entries.Add("m1");
            await Log.SetAsync(turn, log, ct);
            await Tally.SetAsync(turn, new UserTally { Messages = attempts }, ct);
            if (attempts == 1)
            {
                await _backend.WriteAsync(new Dictionary<string, object> { [UserKey] = new JObject { ["elsewhere"] = true } }, ct);
            }
        }, CancellationToken.None);

        Assert.Equal(2, attempts);
        Assert.Equal(["m1"], await StoredEntriesAsync());
    }

    [Fact]
    public async Task A_turn_that_changed_only_its_log_and_met_a_conflict_reruns_from_the_log_it_read()
    {
        UseBackend(new WithoutCommitLock(_memory));
        var pipeline = Pipeline();
        var first = NewTurn();
        var second = NewTurn();
        await pipeline.RunAsync(first, (turn, ct) => Log.SetAsync(turn, new MessageLog { Entries = ["kept"] }, ct), CancellationToken.None);
        await pipeline.RunAsync(second, (turn, ct) => Log.GetAsync(turn, () => new MessageLog(), ct), CancellationToken.None);

        // The conversation item is saved with only its log changed, then the user item's conflict reruns the turn.
        var third = NewTurn();
        var attempts = 0;
        await pipeline.RunAsync(third, async (turn, ct) =>
        {
            attempts++;
            await Tally.SetAsync(turn, new UserTally { Messages = attempts }, ct);
            if (attempts == 1)
            {
                await _backend.WriteAsync(new Dictionary<string, object> { [UserKey] = new JObject { ["elsewhere"] = true } }, ct);
            }
        }, CancellationToken.None);

        var item = (JObject)(await _memory.ReadAsync([ConversationKey]))[ConversationKey];
        Assert.Equal(2, attempts);
        Assert.Equal(new[] { third, second, first }.Select(turn => turn.Activity.Id), ((JArray)item[TurnLog.Property]!).Select(entry => entry.Value<string>("id")));
        Assert.Equal(["kept"], await StoredEntriesAsync());
    }

    [Fact]
    public async Task A_resend_of_a_turn_whose_save_failed_runs_again_though_only_its_log_had_changed()
    {
        var failing = new FailingWrites(_memory);
        UseBackend(failing);
        var pipeline = Pipeline();
        await pipeline.RunAsync(NewTurn(), (turn, ct) => Log.SetAsync(turn, new MessageLog { Entries = ["kept"] }, ct), CancellationToken.None);
        await pipeline.RunAsync(NewTurn(), (turn, ct) => Log.GetAsync(turn, () => new MessageLog(), ct), CancellationToken.None);

        var lost = NewTurn();
        failing.Fail = true;
        await Assert.ThrowsAsync<IOException>(() => pipeline.RunAsync(lost, (turn, ct) => turn.SendActivityAsync("first try", cancellationToken: ct), CancellationToken.None));
        failing.Fail = false;

        var runs = 0;
        await pipeline.RunAsync(new TurnContext(_channel, lost.Activity), (turn, ct) =>
        {
            runs++;
            return turn.SendActivityAsync("second try", cancellationToken: ct);
        }, CancellationToken.None);

        Assert.Equal(1, runs);
        Assert.Equal(["second try"], _channel.ActiveQueue.Select(reply => reply.Text));
    }

    [Fact]
    public async Task Forget_me_in_a_turn_wins_over_later_writes_in_the_same_turn_and_runs_hooks_after_the_save()
    {
        var pipeline = Pipeline();
        await pipeline.RunAsync(NewTurn(), async (turn, ct) =>
        {
            await Log.SetAsync(turn, new MessageLog { Entries = ["answer"] }, ct);
            await Tally.SetAsync(turn, new UserTally { Messages = 1 }, ct);
        }, CancellationToken.None);
        var hook = new RecordingForgetMeHook();
        var forgetMe = new ForgetMeService(_conversationState, _userState, _storage, new UserConversations(_userState), [hook], NullLogger<ForgetMeService>.Instance);
        var hookRanInTurn = true;

        await pipeline.RunAsync(NewTurn(), async (turn, ct) =>
        {
            await forgetMe.ForgetAsync(turn, ct);
            hookRanInTurn = !hook.Subjects.IsEmpty;
            await Log.SetAsync(turn, new MessageLog { Entries = ["written after forgetting"] }, ct);
        }, CancellationToken.None);

        Assert.False(hookRanInTurn);
        Assert.Single(hook.Subjects);
        Assert.Equal(0, _memory.Count);
    }

    [Fact]
    public async Task Work_that_outlives_its_turn_writes_to_storage_not_into_the_finished_turn()
    {
        var pipeline = Pipeline();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task? later = null;

        await pipeline.RunAsync(NewTurn(), (turn, ct) =>
        {
            // Task.Run captures the turn's async context, as a timer or a fire-and-forget call would.
            later = Task.Run(async () =>
            {
                await release.Task;
                await _storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new JObject { ["late"] = true, ["eTag"] = "*" } });
            });
            return Task.CompletedTask;
        }, CancellationToken.None);
        release.SetResult();
        await later!;

        var stored = (JObject)(await _memory.ReadAsync([ConversationKey]))[ConversationKey];
        Assert.True(stored["late"]!.Value<bool>());
    }

    [Fact]
    public async Task Starting_a_guarded_turn_for_the_same_conversation_from_inside_a_turn_fails_instead_of_hanging()
    {
        var pipeline = Pipeline();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.RunAsync(NewTurn(),
            (turn, ct) => pipeline.RunAsync(NewTurn(), (_, _) => Task.CompletedTask, ct), CancellationToken.None));

        Assert.Contains("from inside itself", failure.Message);
    }

    [Fact]
    public async Task The_turn_after_a_save_sees_the_state_as_a_read_from_storage_gives_it()
    {
        var pipeline = Pipeline();
        var measured = new Dictionary<string, object>
        {
            ["when"] = new DateTime(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc), ["kg"] = 63.5m, ["times"] = 3, ["share"] = 0.1f, ["id"] = Guid.NewGuid(),
        };
        // The first save creates the item (not kept); the second version is the one the pipeline keeps.
        await pipeline.RunAsync(NewTurn(), (turn, ct) => Values.SetAsync(turn, new Dictionary<string, object> { ["first"] = true }, ct), CancellationToken.None);
        await pipeline.RunAsync(NewTurn(), (turn, ct) => Values.SetAsync(turn, measured, ct), CancellationToken.None);

        // The same pipeline starts from the document it saved; a new one (another instance) parses the stored text.
        var afterSave = await SeenAsync(pipeline);
        var afterRead = await SeenAsync(Pipeline());

        Assert.Equal(afterRead.ToString(Newtonsoft.Json.Formatting.None), afterSave.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal(
            afterRead.Properties().Select(p => (p.Name, p.Value.Type, p.Value.ToObject<object>()?.GetType())),
            afterSave.Properties().Select(p => (p.Name, p.Value.Type, p.Value.ToObject<object>()?.GetType())));
        Assert.Equal(JTokenType.String, afterSave["when"]!.Type);
    }

    [Fact]
    public async Task An_item_a_turn_created_is_read_once_on_the_next_turn_and_kept_from_then_on()
    {
        var counting = new ReadCountingStorage(_memory);
        UseBackend(counting);
        var pipeline = Pipeline();
        await pipeline.RunAsync(NewTurn(), (turn, ct) => Log.SetAsync(turn, new MessageLog { Entries = ["welcome"] }, ct), CancellationToken.None);
        var readsAfterFirst = counting.ReadsOf(ConversationKey);

        List<string>? second = null;
        await pipeline.RunAsync(NewTurn(), async (turn, ct) =>
        {
            second = (await Log.GetAsync(turn, () => new MessageLog(), ct)).Entries;
            await Log.SetAsync(turn, new MessageLog { Entries = ["welcome", "answer"] }, ct);
        }, CancellationToken.None);
        var readsAfterSecond = counting.ReadsOf(ConversationKey);

        List<string>? third = null;
        await pipeline.RunAsync(NewTurn(), async (turn, ct) => third = (await Log.GetAsync(turn, () => new MessageLog(), ct)).Entries, CancellationToken.None);

        Assert.Equal(["welcome"], second);
        Assert.Equal(["welcome", "answer"], third);
        Assert.Equal(readsAfterFirst + 1, readsAfterSecond);
        Assert.Equal(readsAfterSecond, counting.ReadsOf(ConversationKey));
    }

    [Fact]
    public async Task A_save_by_another_instance_is_read_rather_than_what_this_one_saved_before()
    {
        var pipeline = Pipeline();
        await pipeline.RunAsync(NewTurn(), (turn, ct) => Log.SetAsync(turn, new MessageLog { Entries = ["here"] }, ct), CancellationToken.None);
        await Pipeline().RunAsync(NewTurn(), (turn, ct) => Log.SetAsync(turn, new MessageLog { Entries = ["there"] }, ct), CancellationToken.None);

        List<string>? seen = null;
        await pipeline.RunAsync(NewTurn(), async (turn, ct) => seen = (await Log.GetAsync(turn, () => new MessageLog(), ct)).Entries, CancellationToken.None);

        Assert.Equal(["there"], seen);
    }

    [Fact]
    public async Task A_failed_turn_leaves_the_next_turn_the_state_it_found()
    {
        var pipeline = Pipeline();
        await pipeline.RunAsync(NewTurn(), (turn, ct) => Log.SetAsync(turn, new MessageLog { Entries = ["one"] }, ct), CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.RunAsync(NewTurn(), async (turn, ct) =>
        {
            (await Log.GetAsync(turn, () => new MessageLog(), ct)).Entries.Add("half done");
            throw new InvalidOperationException("dialog failed");
        }, CancellationToken.None));

        List<string>? seen = null;
        await pipeline.RunAsync(NewTurn(), async (turn, ct) => seen = (await Log.GetAsync(turn, () => new MessageLog(), ct)).Entries, CancellationToken.None);

        Assert.Equal(["one"], seen);
    }

    [Fact]
    public async Task A_turn_that_only_reads_a_state_leaves_its_stored_item_as_it_was()
    {
        var pipeline = Pipeline();
        await pipeline.RunAsync(NewTurn(), (turn, ct) => Tally.SetAsync(turn, new UserTally { Messages = 1 }, ct), CancellationToken.None);
        var before = await _memory.ReadETagsAsync([UserKey], CancellationToken.None);

        int? seen = null;
        await pipeline.RunAsync(NewTurn(), async (turn, ct) => seen = (await Tally.GetAsync(turn, () => new UserTally(), ct)).Messages, CancellationToken.None);
        await pipeline.RunAsync(NewTurn(), (turn, ct) => Tally.SetAsync(turn, new UserTally { Messages = 1 }, ct), CancellationToken.None);

        Assert.Equal(1, seen);
        Assert.Equal(before[UserKey], (await _memory.ReadETagsAsync([UserKey], CancellationToken.None))[UserKey]);
    }

    [Fact]
    public async Task A_turn_that_changes_one_property_keeps_the_ones_it_only_read_or_never_touched()
    {
        var pipeline = Pipeline();
        await pipeline.RunAsync(NewTurn(), async (turn, ct) =>
        {
            await Log.SetAsync(turn, new MessageLog { Entries = ["asked"] }, ct);
            await Values.SetAsync(turn, new Dictionary<string, object> { ["step"] = 1 }, ct);
        }, CancellationToken.None);
        await pipeline.RunAsync(NewTurn(), (turn, ct) => Tally.SetAsync(turn, new UserTally { Messages = 1 }, ct), CancellationToken.None);

        await pipeline.RunAsync(NewTurn(), async (turn, ct) =>
        {
            _ = await Log.GetAsync(turn, () => new MessageLog(), ct);
            await Values.SetAsync(turn, new Dictionary<string, object> { ["step"] = 2 }, ct);
        }, CancellationToken.None);

        // Kept by this instance and read back by another: the same content.
        foreach (var reader in new[] { pipeline, Pipeline() })
        {
            List<string>? entries = null;
            Dictionary<string, object>? values = null;
            await reader.RunAsync(NewTurn(), async (turn, ct) =>
            {
                entries = (await Log.GetAsync(turn, () => new MessageLog(), ct)).Entries;
                values = await Values.GetAsync(turn, () => [], ct);
            }, CancellationToken.None);

            Assert.Equal(["asked"], entries);
            Assert.Equal(2L, values!["step"]);
        }
    }

    [Fact]
    public async Task A_turn_that_sets_back_the_values_it_read_leaves_the_stored_item_as_it_was()
    {
        var pipeline = Pipeline();
        await pipeline.RunAsync(NewTurn(), (turn, ct) => Tally.SetAsync(turn, new UserTally { Messages = 3 }, ct), CancellationToken.None);
        await pipeline.RunAsync(NewTurn(), (turn, ct) => Tally.SetAsync(turn, new UserTally { Messages = 4 }, ct), CancellationToken.None);
        var before = await _memory.ReadETagsAsync([UserKey], CancellationToken.None);

        await pipeline.RunAsync(NewTurn(), async (turn, ct) =>
        {
            var tally = await Tally.GetAsync(turn, () => new UserTally(), ct);
            await Tally.SetAsync(turn, new UserTally { Messages = tally.Messages }, ct);
        }, CancellationToken.None);

        Assert.Equal(before[UserKey], (await _memory.ReadETagsAsync([UserKey], CancellationToken.None))[UserKey]);
    }

    [Fact]
    public async Task BotState_starts_the_turn_with_the_state_the_pipeline_read_without_loading_it_again()
    {
        var pipeline = Pipeline();
        await pipeline.RunAsync(NewTurn(), (turn, ct) => Log.SetAsync(turn, new MessageLog { Entries = ["kept"] }, ct), CancellationToken.None);

        object? handed = null;
        await pipeline.RunAsync(NewTurn(), (turn, ct) =>
        {
            // Before any accessor or LoadAsync: the SDK's own cache key, filled by the pipeline.
            handed = _conversationState.GetCachedState(turn)?.State[nameof(MessageLog)];
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(["kept"], Assert.IsType<JObject>(handed)[nameof(MessageLog.Entries)]!.ToObject<List<string>>());
    }

    private async Task<JObject> SeenAsync(TurnPipeline pipeline)
    {
        JObject? seen = null;
        await pipeline.RunAsync(NewTurn(), async (turn, ct) =>
        {
            await _conversationState.LoadAsync(turn, false, ct);
            seen = (JObject)_conversationState.GetCachedState(turn).State["Values"];
        }, CancellationToken.None);
        return seen!;
    }

    private void UseBackend(IStorage backend)
    {
        _backend = backend;
        _storage = new TurnScopedStorage(backend);
        _conversationState = new ConversationState(_storage);
        _userState = new UserState(_storage);
    }

    private TurnPipeline Pipeline(int maxAttempts = 10) => new(
        _storage, _conversationState, _userState, new KeyedAsyncLock(),
        Options.Create(new StorageOptions { MaxTurnAttempts = maxAttempts }), TimeProvider.System, NullLogger<TurnPipeline>.Instance);

    private TurnContext NewTurn() => new(_channel, new Activity
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = Channels.Test,
        Conversation = new ConversationAccount(id: "c1"),
        From = new ChannelAccount("u1"),
        Recipient = new ChannelAccount("bot"),
        Text = "hello",
    });

    private IStatePropertyAccessor<MessageLog> Log => _conversationState.CreateProperty<MessageLog>(nameof(MessageLog));

    private IStatePropertyAccessor<Dictionary<string, object>> Values => _conversationState.CreateProperty<Dictionary<string, object>>("Values");

    private IStatePropertyAccessor<UserTally> Tally => _userState.CreateProperty<UserTally>(nameof(UserTally));

    private async Task<List<string>> StoredEntriesAsync()
    {
        var item = (JObject)(await _memory.ReadAsync([ConversationKey]))[ConversationKey];
        return item[nameof(MessageLog)]![nameof(MessageLog.Entries)]!.ToObject<List<string>>()!;
    }

    // Counts the items read from storage (not their ETags), so a test can tell a kept document from a parsed one.
    private sealed class ReadCountingStorage(InMemoryStorage inner) : IStorage, IETagReader
    {
        private readonly Dictionary<string, int> _reads = new(StringComparer.Ordinal);

        public int ReadsOf(string key) => _reads.GetValueOrDefault(key);

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            foreach (var key in keys)
            {
                _reads[key] = ReadsOf(key) + 1;
            }

            return inner.ReadAsync(keys, cancellationToken);
        }

        public Task<IReadOnlyDictionary<string, string>> ReadETagsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
            inner.ReadETagsAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }

    // Fails every write while Fail is set; keeps the ETag reader, so the pipeline keeps the documents it reads.
    private sealed class FailingWrites(InMemoryStorage inner) : IStorage, IETagReader
    {
        public bool Fail { get; set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> ReadETagsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
            inner.ReadETagsAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
            Fail ? throw new IOException("storage unavailable") : inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }

    private sealed class WithoutCommitLock(IStorage inner) : IStorage
    {
        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}
