namespace BoneCoachBot.CheckIns.Reminders;

/// <summary>What the reminder service's polls have done: lets tests (and a health view) wait for a poll that saw a
/// given time, instead of sleeping.</summary>
public sealed class ReminderPolls
{
    private readonly Lock _gate = new();
    private readonly List<(DateTimeOffset Until, TaskCompletionSource Done)> _waiters = [];
    private DateTimeOffset _lastObserved = DateTimeOffset.MinValue;

    public int Count { get; private set; }

    public int Sent { get; private set; }

    /// <summary>Completes once a poll that read the clock at or after <paramref name="utc"/> has finished.</summary>
    public Task WaitForPollAtOrAfterAsync(DateTimeOffset utc)
    {
        lock (_gate)
        {
            if (_lastObserved >= utc)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((utc, done));
            return done.Task;
        }
    }

    internal void Completed(DateTimeOffset observed, int sent)
    {
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            Count++;
            Sent += sent;
            _lastObserved = observed > _lastObserved ? observed : _lastObserved;
            ready = _waiters.Where(w => w.Until <= _lastObserved).Select(w => w.Done).ToList();
            _waiters.RemoveAll(w => w.Until <= _lastObserved);
        }

        ready.ForEach(done => done.SetResult());
    }
}
