using BoneCoachBot.Script;

namespace BoneCoachBot.Wording;

// Hosted services start before Kestrel listens: a code without wording never reaches a user as a crash mid-plan.
internal sealed partial class CoachingWordingStartupCheck(IServiceProvider services, ILogger<CoachingWordingStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            services.GetRequiredService<CoachingWording>();
            services.GetRequiredService<ClinicianSummaryWording>();
        }
        catch (ScriptException broken)
        {
            LogBroken(logger, broken.Message);
            throw;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2010, Level = LogLevel.Critical, Message = "The result wording is incomplete, the bot will not start. {Problem}")]
    private static partial void LogBroken(ILogger logger, string problem);
}
