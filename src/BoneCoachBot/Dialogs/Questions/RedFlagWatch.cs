using BoneCoachBot.Coaching;
using BoneCoachBot.Wording;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>After each answer: any red flag she hasn't been told about yet is told now, once.</summary>
public sealed partial class RedFlagWatch(ICoachingMessages messages, ILogger<RedFlagWatch> logger)
{
    /// <summary>Tells new flags; true when one of them is an emergency, after which no question should follow.</summary>
    public async Task<bool> TellNewAsync(ITurnContext turnContext, CoachingRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(record);
        var fresh = CoachingInputs.From(record).RedFlags()
            .Where(flag => !record.RedFlagsTold.Contains(flag.Code.ToString(), StringComparer.Ordinal))
            .ToList();
        if (fresh.Count == 0)
        {
            return false;
        }

        record.RedFlagsTold.AddRange(fresh.Select(flag => flag.Code.ToString()));
        await turnContext.SendActivityAsync(MessageFactory.Text(messages.RedFlagNotice(fresh)), cancellationToken);
        LogRedFlagTold(logger, turnContext.Activity.Conversation?.Id);

        return BoneCoach.Assessment.RedFlags.HasEmergency(fresh);
    }

    // The event only: which flag it was would tell a log reader something about her health.
    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Red flag notice sent (conversation {ConversationId})")]
    private static partial void LogRedFlagTold(ILogger logger, string? conversationId);
}
