namespace BoneCoachBot.State;

/// <summary>
/// At start-up, before the server takes its first request (<see cref="IHostedLifecycleService.StartingAsync"/> runs
/// before any hosted service starts, Kestrel's included): finishes every turn commit a crash left half done (see
/// <see cref="CommitRecovery"/>). A storage that does not answer yet is not fatal: each commit also finishes the
/// records on its own keys first, so nothing is built on a half commit later either.
/// </summary>
public sealed partial class StateRecoveryService(TurnScopedStorage storage, ILogger<StateRecoveryService> logger) : IHostedLifecycleService
{
    private static readonly TimeSpan StartupBudget = TimeSpan.FromSeconds(10);

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (storage.Backend is not IJournaledStorage journaled)
        {
            return;
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(StartupBudget);
        try
        {
            var completed = await CommitRecovery.CompleteAllAsync(storage.Backend, journaled.Journal, journaled, budget.Token);
            if (completed > 0)
            {
                LogCompleted(logger, completed);
            }
        }
        catch (Exception failed) when (!cancellationToken.IsCancellationRequested)
        {
            LogDeferred(logger, failed.GetType().Name);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1110, Level = LogLevel.Warning, Message = "Finished {Count} turn commits interrupted by a crash")]
    private static partial void LogCompleted(ILogger logger, int count);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning,
        Message = "Could not look for interrupted turn commits at start-up ({ExceptionType}); each commit finishes those on its own keys")]
    private static partial void LogDeferred(ILogger logger, string exceptionType);
}
