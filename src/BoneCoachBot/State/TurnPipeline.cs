using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.State;

/// <summary>
/// Runs a turn so that no update is lost (the idea of BotBuilder-Samples 42.scaleout): load the conversation and user
/// state with their ETags, run the turn against a <see cref="BufferingAdapter"/>, save with If-Match, and on a
/// conflict reload and run it again (bounded, with jitter). Replies go out only after the save succeeded.
/// Turns on the same conversation or user queue behind a <see cref="KeyedAsyncLock"/> within this process.
/// </summary>
public sealed partial class TurnPipeline(
    TurnScopedStorage storage,
    ConversationState conversationState,
    UserState userState,
    KeyedAsyncLock locks,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<TurnPipeline> logger)
{
    private readonly SavedItemCache _savedItems = new();

    /// <summary>Runs <paramref name="turn"/> for <paramref name="turnContext"/>; use it for proactive turns too.</summary>
    public async Task RunAsync(ITurnContext turnContext, BotCallbackHandler turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(turn);
        var keys = StateKeys.ForTurn(turnContext.Activity);
        if (storage.IsInTurnFor(keys))
        {
            // It would wait for the lock its own caller holds, for ever.
            throw new InvalidOperationException(
                "A turn can't start a guarded turn for its own conversation or user from inside itself. Do the work in the current turn, or start the proactive turn after this one ends.");
        }

        using (await locks.AcquireAsync(keys, cancellationToken))
        {
            await RunLockedAsync(turnContext, keys, turn, cancellationToken);
        }
    }

    private async Task RunLockedAsync(ITurnContext turnContext, IReadOnlyList<string> keys, BotCallbackHandler turn, CancellationToken cancellationToken)
    {
        var baselines = await WithinStorageBudgetAsync(ct => LoadAsync(keys, ct), cancellationToken);
        var conversationKey = StateKeys.Conversation(turnContext.Activity);
        var activityId = conversationKey is null ? null : TurnLog.IdOf(turnContext.Activity);
        if (activityId is not null && TurnLog.Find(baselines[conversationKey!].Document, activityId) is { } earlierReplies)
        {
            LogRepeat(logger, turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.Id, activityId);
            await DeliverAsync(turnContext, () => earlierReplies.Count == 0
                ? Task.CompletedTask
                : turnContext.SendActivitiesAsync(earlierReplies.Cast<Microsoft.Bot.Schema.IActivity>().ToArray(), cancellationToken));
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            var unit = new TurnUnitOfWork(keys, baselines);
            var buffer = await RunAttemptAsync(turnContext, unit, turn, cancellationToken);
            if (conversationKey is not null)
            {
                unit.RecordTurn(conversationKey, activityId, buffer.Sent);
            }

            var commit = await CommitAsync(unit, cancellationToken);
            if (commit.Conflict is null)
            {
                RememberSaved(unit, commit);
                // Saved: clean-up hooks first, so a channel that fails to take the replies can't stop them.
                await RunAfterCommitAsync(unit, cancellationToken);
                await DeliverAsync(turnContext, () => buffer.ReplayAsync(turnContext, cancellationToken));
                return;
            }

            LogConflict(turnContext, attempt, commit.Conflict);
            await WaitBeforeRetryAsync(attempt, commit.Conflict, cancellationToken);
            var previous = baselines;
            baselines = await WithinStorageBudgetAsync(ct => RebaseAsync(keys, previous, commit.Saved, ct), cancellationToken);
        }
    }

    private async Task<TurnCommitResult> CommitAsync(TurnUnitOfWork unit, CancellationToken cancellationToken)
    {
        try
        {
            var commit = await WithinStorageBudgetAsync(ct => TurnCommit.SaveAsync(storage.Backend, unit, ct), cancellationToken);
            unit.EndCommit(saved: commit.Conflict is null);
            return commit;
        }
        catch
        {
            unit.EndCommit(saved: false);
            throw;
        }
    }

    // One storage step (load, save) within a bound, retries included: a hung storage ends the turn in the apology
    // within seconds. The bot's own work is not timed: a cold start's first recogniser load takes seconds on a busy host.
    private async Task<T> WithinStorageBudgetAsync<T>(Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.Value.StorageTimeoutSeconds));
        return await step(deadline.Token);
    }

    // The turn is saved: a failure to hand over its replies must not become a 500, which invites the channel to send
    // the activity again. It is logged; a re-send that does come gets the same replies from the turn log.
    private async Task DeliverAsync(ITurnContext turnContext, Func<Task> deliver)
    {
        try
        {
            await deliver();
        }
        catch (Exception failed) when (failed is not OperationCanceledException)
        {
            LogDeliveryFailed(logger, failed.GetType().Name, turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.Id);
        }
    }

    /// <summary>Drops what this instance holds of <paramref name="keys"/> (start-up's throwaway warm-up conversation).</summary>
    public void Forget(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            _savedItems.Forget(key);
        }
    }

    /// <summary>The turn as a callback, for <c>CloudAdapter.ContinueConversationAsync</c>.</summary>
    public BotCallbackHandler Guard(BotCallbackHandler turn) =>
        (turnContext, cancellationToken) => RunAsync(turnContext, turn, cancellationToken);

    // A fresh context per attempt: BotState and the dialogs cache per context, and an abandoned attempt must leave nothing.
    private async Task<BufferingAdapter> RunAttemptAsync(ITurnContext real, TurnUnitOfWork unit, BotCallbackHandler turn, CancellationToken cancellationToken)
    {
        var buffer = new BufferingAdapter(real.Adapter);
        var attempt = new TurnContext(buffer, real.Activity);
        foreach (var (key, value) in real.TurnState)
        {
            // The adapter's per-turn services: identity, connector client, token client, callback.
            attempt.TurnState[key] = value;
        }

        using (storage.Begin(unit))
        {
            HandOverStates(attempt, unit);
            await turn(attempt, cancellationToken);
            // The pipeline saves, so a bot can't forget to (or save half-way): both land in the unit, not in storage yet.
            await SaveStatesAsync(attempt, cancellationToken);
        }

        // With expectReplies, TurnContext itself collects sends and never calls the adapter: take them over.
        buffer.RecordSends(attempt.BufferedReplyActivities);

        return buffer;
    }

    // BotState hashes its whole state (it serialises it) when it loads, to tell at the save whether anything changed,
    // and twice more when it saves: a tenth of a turn's allocations. The pipeline puts the unit's copy in BotState's
    // turn cache itself (under the key the SDK's ConversationState and UserState use) and saves every state it handed
    // out; the unit keeps a save only if it differs from what was read. Were the SDK's key to change, BotState would
    // load for itself as before.
    private void HandOverStates(TurnContext attempt, TurnUnitOfWork unit)
    {
        foreach (var (contextKey, key) in StateKeysOf(attempt.Activity))
        {
            if (unit.Owns(key))
            {
                attempt.TurnState[contextKey] = new BotState.CachedBotState { State = unit.Read(key) ?? new Dictionary<string, object>() };
            }
        }
    }

    private async Task SaveStatesAsync(TurnContext attempt, CancellationToken cancellationToken)
    {
        foreach (var (state, key) in new (BotState State, string? Key)[]
        {
            (conversationState, StateKeys.Conversation(attempt.Activity)),
            (userState, StateKeys.User(attempt.Activity)),
        })
        {
            if (key is not null && state.GetCachedState(attempt) is { State: { } values })
            {
                await storage.WriteAsync(new Dictionary<string, object> { [key] = values }, cancellationToken);
            }
        }
    }

    private static IEnumerable<(string ContextKey, string Key)> StateKeysOf(Microsoft.Bot.Schema.IActivity activity)
    {
        if (StateKeys.Conversation(activity) is { } conversation)
        {
            yield return (nameof(ConversationState), conversation);
        }

        if (StateKeys.User(activity) is { } user)
        {
            yield return (nameof(UserState), user);
        }
    }

    private async Task<IReadOnlyDictionary<string, StateBaseline>> LoadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var baselines = await HeldAsync(keys, cancellationToken);
        var unread = keys.Where(key => !baselines.ContainsKey(key)).ToArray();
        IDictionary<string, object> stored = unread.Length == 0
            ? new Dictionary<string, object>()
            : await storage.Backend.ReadAsync(unread, cancellationToken);
        foreach (var key in unread)
        {
            var baseline = StateBaseline.From(stored.TryGetValue(key, out var item) ? item : null);
            baselines[key] = baseline;
            if (baseline is { Document: { } document, ETag: { } eTag })
            {
                _savedItems.RememberRead(key, eTag, document);
            }
        }

        return baselines;
    }

    // The keys whose stored ETag is still that of the document this instance last read or saved: no read, no parse.
    private async Task<Dictionary<string, StateBaseline>> HeldAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var held = new Dictionary<string, StateBaseline>(StringComparer.Ordinal);
        if (storage.Backend is not IETagReader reader || !_savedItems.HoldsAny(keys))
        {
            return held;
        }

        var eTags = await reader.ReadETagsAsync(keys, cancellationToken);
        foreach (var key in keys)
        {
            if (eTags.TryGetValue(key, out var eTag) && _savedItems.Find(key, eTag) is { } document)
            {
                held[key] = new StateBaseline(document, eTag);
            }
        }

        return held;
    }

    // An item this turn created is not kept: most conversations that open with a welcome (a Teams install greets a
    // whole team) never send a second message, and holding each new one until it falls out of the cache made the GC
    // copy them all into older generations (under the benchmark's welcomes, gen0 pauses of 56 ms against 9 without).
    // A woman who answers has her item read once on her second turn and kept from then on (LoadAsync).
    private void RememberSaved(TurnUnitOfWork unit, TurnCommitResult commit)
    {
        foreach (var (key, document) in unit.Changes)
        {
            if (document is not null && unit.BaselineOf(key).ETag is not null && commit.Saved.GetValueOrDefault(key) is { } eTag)
            {
                _savedItems.Remember(key, eTag, document);
            }
            else
            {
                _savedItems.Forget(key);
            }
        }
    }

    // Keys this attempt already saved keep their pre-turn content but take the new ETag, so the rerun replaces its
    // own half-commit instead of applying the turn twice; every other key is read again.
    private async Task<IReadOnlyDictionary<string, StateBaseline>> RebaseAsync(
        IReadOnlyList<string> keys, IReadOnlyDictionary<string, StateBaseline> previous, IReadOnlyDictionary<string, string?> saved, CancellationToken cancellationToken)
    {
        var fresh = await LoadAsync(keys.Where(key => !saved.ContainsKey(key)).ToList(), cancellationToken);
        return keys.ToDictionary(
            key => key,
            key => saved.TryGetValue(key, out var eTag) ? previous[key] with { ETag = eTag } : fresh[key],
            StringComparer.Ordinal);
    }

    private async Task WaitBeforeRetryAsync(int attempt, StorageConflictException conflict, CancellationToken cancellationToken)
    {
        var maxAttempts = options.Value.MaxTurnAttempts;
        if (attempt >= maxAttempts)
        {
            LogGaveUp(logger, attempt, conflict.Key);
            throw conflict;
        }

        // Jitter: two instances that collided should not collide again in lock-step.
        var ceilingMs = Math.Min(5 * (1 << Math.Min(attempt, 6)), 200);
        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, ceilingMs + 1)), timeProvider, cancellationToken);
    }

    private static async Task RunAfterCommitAsync(TurnUnitOfWork unit, CancellationToken cancellationToken)
    {
        foreach (var action in unit.AfterCommitActions)
        {
            await action(cancellationToken);
        }
    }

    private void LogConflict(ITurnContext turnContext, int attempt, StorageConflictException conflict) =>
        LogTurnConflict(logger, turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.Id, attempt, conflict.Key);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information,
        Message = "Turn state changed under attempt {Attempt} (channel {ChannelId}, conversation {ConversationId}, key {StateKey}); running it again")]
    private static partial void LogTurnConflict(ILogger logger, string? channelId, string? conversationId, int attempt, string stateKey);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information,
        Message = "Activity {ActivityId} was already taken (channel {ChannelId}, conversation {ConversationId}); its replies are sent again")]
    private static partial void LogRepeat(ILogger logger, string? channelId, string? conversationId, string activityId);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning,
        Message = "Turn saved but its replies could not be delivered ({ExceptionType}; channel {ChannelId}, conversation {ConversationId})")]
    private static partial void LogDeliveryFailed(ILogger logger, string exceptionType, string? channelId, string? conversationId);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning,
        Message = "Turn gave up after {Attempts} attempts with conflicting state (key {StateKey})")]
    private static partial void LogGaveUp(ILogger logger, int attempts, string stateKey);
}
