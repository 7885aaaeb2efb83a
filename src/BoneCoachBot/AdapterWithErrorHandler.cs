using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Bot.Connector.Authentication;

namespace BoneCoachBot;

/// <summary>The CloudAdapter with a turn error handler that apologises to the user and logs only ids.</summary>
public sealed partial class AdapterWithErrorHandler : CloudAdapter
{
    public const string ApologyText =
        "Sorry, something went wrong on my side and I couldn't finish that. Your earlier answers are safe. Please try again in a moment.";

    public AdapterWithErrorHandler(BotFrameworkAuthentication auth, ILogger<AdapterWithErrorHandler> logger)
        : base(auth, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            // Ids and the exception type only: a message or dialog state could carry health answers.
            LogTurnFailed(logger, exception.GetType().Name, turnContext.Activity?.Type,
                turnContext.Activity?.ChannelId, turnContext.Activity?.Conversation?.Id);

            await turnContext.SendActivityAsync(ApologyText);
            // The Emulator shows trace activities; every other channel drops them.
            await turnContext.TraceActivityAsync("OnTurnError", exception.GetType().Name, "https://www.botframework.com/schemas/error", "TurnError");
        };
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Error,
        Message = "Turn failed with {ExceptionType} (activity {ActivityType}, channel {ChannelId}, conversation {ConversationId})")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType, string? activityType, string? channelId, string? conversationId);
}
