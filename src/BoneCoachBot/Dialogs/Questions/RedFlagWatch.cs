using BoneCoachBot.Coaching;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>After each answer: any red flag she hasn't been told about yet is told now, once.</summary>
public static partial class RedFlagWatch
{
    /// <summary>Tells new flags; true when one of them is an emergency, after which no question should follow.</summary>
    public static async Task<bool> TellNewAsync(ITurnContext turnContext, CoachingRecord record, CoachingServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(services);
        var fresh = CoachingInputs.From(record).RedFlags()
            .Where(flag => !record.RedFlagsTold.Contains(flag.Code.ToString(), StringComparer.Ordinal))
            .ToList();
        if (fresh.Count == 0)
        {
            return false;
        }

        record.RedFlagsTold.AddRange(fresh.Select(flag => flag.Code.ToString()));
        await turnContext.SendActivityAsync(MessageFactory.Text(services.Messages.RedFlagNotice(fresh)), cancellationToken);
        LogRedFlagTold(services.Logs.CreateLogger(typeof(RedFlagWatch)), turnContext.Activity.Conversation?.Id);

        return BoneCoach.Assessment.RedFlags.HasEmergency(fresh);
    }

    // The event only: which flag it was would tell a log reader something about her health.
    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Red flag notice sent (conversation {ConversationId})")]
    private static partial void LogRedFlagTold(ILogger logger, string? conversationId);
}
