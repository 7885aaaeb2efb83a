using BoneCoachBot.Dialogs;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Safety;
using BoneCoachBot.Script;

namespace BoneCoachBot.Hosting;

/// <summary>
/// Builds, before the bot listens, what the message path would otherwise build at her first message and what checks
/// its part of dialogs/ when built: the answers layer (every question has its fact in answers.json), the coaching
/// dialogs and the safety net. A gap then stops start-up with the script's own message instead of failing her first turn.
/// </summary>
internal sealed partial class ConversationStartupCheck(IServiceProvider services, ILogger<ConversationStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = services.GetRequiredService<QuestionTurn>();
            _ = services.GetRequiredService<MainDialog>();
            _ = services.GetRequiredService<SafetyNet>();
        }
        catch (ScriptException broken)
        {
            LogBroken(logger, broken.Message);
            throw;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2002, Level = LogLevel.Critical, Message = "The conversation script is incomplete, the bot will not start. {Problem}")]
    private static partial void LogBroken(ILogger logger, string problem);
}
