using System.Collections.Concurrent;
using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Tests.State;

/// <summary>
/// A test-only bot that records every message's id in conversation state and counts messages in user state, so a
/// lost or doubled update shows. Replies "recorded N" with the log's length after the message.
/// </summary>
public sealed class RecordingBot(ConversationState conversationState, UserState userState, TurnGate gate, TurnAttempts attempts, ForgetMeService forgetMe)
    : ActivityHandler
{
    public const string ForgetMeText = "forget me";

    private readonly IStatePropertyAccessor<MessageLog> _log = conversationState.CreateProperty<MessageLog>(nameof(MessageLog));
    private readonly IStatePropertyAccessor<UserTally> _tally = userState.CreateProperty<UserTally>(nameof(UserTally));

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        attempts.Count(turnContext.Activity.Id);
        if (turnContext.Activity.Text == ForgetMeText)
        {
            await forgetMe.ForgetAsync(turnContext, cancellationToken);
            await turnContext.SendActivityAsync("forgotten", cancellationToken: cancellationToken);
            return;
        }

        var log = await _log.GetAsync(turnContext, () => new MessageLog(), cancellationToken);
        var tally = await _tally.GetAsync(turnContext, () => new UserTally(), cancellationToken);
        // Between reading and saving: where a racing turn would slip in.
        await gate.PassAsync(turnContext.Activity.Text, cancellationToken);
        log.Entries.Add(turnContext.Activity.Id);
        tally.Messages++;
        await _log.SetAsync(turnContext, log, cancellationToken);
        await _tally.SetAsync(turnContext, tally, cancellationToken);
        await turnContext.SendActivityAsync($"recorded {log.Entries.Count}", cancellationToken: cancellationToken);
    }

    /// <summary>What a proactive check-in would do: add to the same conversation state, from outside a user turn.</summary>
    public async Task RecordProactiveAsync(ITurnContext turnContext, string entry, CancellationToken cancellationToken)
    {
        var log = await _log.GetAsync(turnContext, () => new MessageLog(), cancellationToken);
        log.Entries.Add(entry);
        await _log.SetAsync(turnContext, log, cancellationToken);
    }
}

public sealed class MessageLog
{
    public List<string> Entries { get; set; } = [];
}

public sealed class UserTally
{
    public int Messages { get; set; }
}

/// <summary>How often the bot ran for each activity: more than once means the pipeline retried it.</summary>
public sealed class TurnAttempts
{
    private readonly ConcurrentDictionary<string, int> _byActivity = new();

    public void Count(string activityId) => _byActivity.AddOrUpdate(activityId, 1, (_, n) => n + 1);

    public int For(string activityId) => _byActivity.GetValueOrDefault(activityId);

    public int Retries => _byActivity.Values.Sum(n => n - 1);
}

/// <summary>Holds the first attempt of one chosen message inside its turn until the test releases it: no sleeps.</summary>
public sealed class TurnGate
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _used;

    public string? BlockText { get; set; }

    public Task Entered => _entered.Task;

    public void Release() => _released.TrySetResult();

    public async Task PassAsync(string? text, CancellationToken cancellationToken)
    {
        if (text is null || text != BlockText || Interlocked.Exchange(ref _used, 1) == 1)
        {
            return;
        }

        _entered.TrySetResult();
        await _released.Task.WaitAsync(cancellationToken);
    }
}

/// <summary>Records what "forget me" asked other holders of user data to drop.</summary>
public sealed class RecordingForgetMeHook : IForgetMeHook
{
    public ConcurrentQueue<ForgetMeSubject> Subjects { get; } = new();

    public Task ForgetAsync(ForgetMeSubject subject, CancellationToken cancellationToken)
    {
        Subjects.Enqueue(subject);
        return Task.CompletedTask;
    }
}
