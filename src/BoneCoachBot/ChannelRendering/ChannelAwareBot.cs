using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using BoneCoachBot.Script;

namespace BoneCoachBot.ChannelRendering;

/// <summary>
/// The outermost bot: in a group chat or a Teams channel it never coaches (health answers would be seen by others)
/// and points her to a personal chat instead, touching no state; everywhere else it runs the coach and fits every
/// reply to the channel with <see cref="OutgoingActivities"/>.
/// </summary>
public sealed partial class ChannelAwareBot(IBot coach, ConversationScript script, ILogger<ChannelAwareBot> logger) : IBot
{
    public const string PersonalChatOnlyKey = "personalChatOnly";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (ChannelRules.IsGroup(activity))
        {
            await PointToPersonalChatAsync(turnContext, cancellationToken);
            return;
        }

        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            foreach (var outgoing in activities)
            {
                OutgoingActivities.Fit(outgoing, context.Activity.ChannelId, context.Activity.Conversation?.ConversationType);
            }

            return await next();
        });
        await coach.OnTurnAsync(turnContext, cancellationToken);
    }

    private async Task PointToPersonalChatAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botJoined = activity.Type == ActivityTypes.ConversationUpdate
            && activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true;
        if (activity.Type != ActivityTypes.Message && !botJoined)
        {
            return;
        }

        LogGroupTurn(logger, activity.ChannelId, activity.Conversation?.ConversationType);
        await turnContext.SendActivityAsync(MessageFactory.Text(script["commands"].Text(PersonalChatOnlyKey)), cancellationToken);
    }

    [LoggerMessage(EventId = 1320, Level = LogLevel.Information,
        Message = "Pointed a {ConversationType} conversation on {ChannelId} to a personal chat")]
    private static partial void LogGroupTurn(ILogger logger, string? channelId, string? conversationType);
}
