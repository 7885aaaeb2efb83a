using Microsoft.Extensions.Options;

namespace BoneCoachBot.CheckIns.Reminders;

/// <summary>
/// Wakes every <see cref="CheckInOptions.PollInterval"/> of the <see cref="TimeProvider"/> and sends due reminders.
/// No poll at start-up on purpose: the first tick comes one interval later and sends whatever came due while the bot
/// was down, once, so tests (and a restart storm) see a poll only when time has moved.
/// </summary>
public sealed partial class ReminderService(
    ReminderDispatcher dispatcher,
    ReminderPolls polls,
    IOptions<CheckInOptions> options,
    TimeProvider timeProvider,
    ILogger<ReminderService> logger) : BackgroundService
{
    private PeriodicTimer? _timer;

    // The timer starts with the host, not when ExecuteAsync gets a thread, so no tick is missed in between.
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.RemindersEnabled)
        {
            _timer = new PeriodicTimer(options.Value.PollInterval, timeProvider);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_timer is null)
        {
            return;
        }

        try
        {
            while (await _timer.WaitForNextTickAsync(stoppingToken))
            {
                await PollAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var observed = timeProvider.GetUtcNow();
        var sent = 0;
        try
        {
            sent = await dispatcher.SendDueAsync(force: false, stoppingToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // A storage outage skips this poll; the due items stay due for the next one.
            LogPollFailed(logger, failure.GetType().Name);
        }

        polls.Completed(observed, sent);
    }

    [LoggerMessage(EventId = 1310, Level = LogLevel.Warning, Message = "Reminder poll failed: {ErrorType}")]
    private static partial void LogPollFailed(ILogger logger, string errorType);
}
