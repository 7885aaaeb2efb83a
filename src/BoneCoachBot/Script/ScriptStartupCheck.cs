namespace BoneCoachBot.Script;

// Hosted services start before Kestrel listens, so a broken script never serves a half-working bot.
internal sealed partial class ScriptStartupCheck(IServiceProvider services, ILogger<ScriptStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var script = services.GetRequiredService<ConversationScript>();
            LogLoaded(logger, script.Dialogs.Count);
        }
        catch (ScriptException broken)
        {
            LogBroken(logger, broken.Message);
            throw;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Conversation script loaded: {DialogCount} dialogs")]
    private static partial void LogLoaded(ILogger logger, int dialogCount);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Critical, Message = "The conversation script is broken, the bot will not start. {Problem}")]
    private static partial void LogBroken(ILogger logger, string problem);
}
