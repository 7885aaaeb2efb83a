namespace BoneCoachBot.Hosting.WarmUp;

/// <summary>
/// The app's <see cref="ILogger{T}"/>: the usual logger, silent inside start-up's warm-up conversation, whose turns
/// would otherwise log as hers ("Triage: None", "Coaching part begun") and count in anything read from the logs.
/// </summary>
internal sealed class QuietDuringWarmUpLogger<T>(ILoggerFactory factory) : ILogger<T>
{
    // Logger<T> names the category as the framework does; this only filters.
    private readonly ILogger _inner = new Logger<T>(factory);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => _inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => !WarmUpFlow.IsRunning && _inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!WarmUpFlow.IsRunning)
        {
            _inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
