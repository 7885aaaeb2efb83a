using Microsoft.Bot.Builder;

namespace BoneCoachBot.State;

/// <summary>
/// "Forget me": deletes the user's state, this conversation's state and that of her other conversations (from
/// <see cref="UserConversations"/>), then lets every <see cref="IForgetMeHook"/> drop what it holds. Called by the conversation layer from inside a turn; the deletion is saved with the turn,
/// and later writes to those items in the same turn are dropped, so nothing of the user is left behind.
/// </summary>
public sealed partial class ForgetMeService(
    ConversationState conversationState,
    UserState userState,
    TurnScopedStorage storage,
    UserConversations conversations,
    IEnumerable<IForgetMeHook> hooks,
    ILogger<ForgetMeService> logger)
{
    public async Task ForgetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var subject = SubjectOf(turnContext);
        // Read before her user state goes: the list lives in it.
        var otherConversations = await conversations.OthersAsync(turnContext, cancellationToken);
        await userState.DeleteAsync(turnContext, cancellationToken);
        await conversationState.DeleteAsync(turnContext, cancellationToken);
        await storage.AfterCommitAsync(ct => ForgetTheRestAsync(subject, otherConversations, ct), cancellationToken);
    }

    private async Task ForgetTheRestAsync(ForgetMeSubject subject, IReadOnlyList<string> otherConversations, CancellationToken cancellationToken)
    {
        if (otherConversations.Count > 0)
        {
            await storage.Backend.DeleteAsync([.. otherConversations], cancellationToken);
        }

        foreach (var hook in hooks)
        {
            await hook.ForgetAsync(subject, cancellationToken);
        }

        LogForgotten(logger, subject.ChannelId, subject.ConversationId);
    }

    private static ForgetMeSubject SubjectOf(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var userId = activity.From?.Id;
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException("Forget me needs an activity with channelId, from.id and conversation.id: without them there is no state to delete.");
        }

        return new ForgetMeSubject(activity.ChannelId, userId, conversationId);
    }

    // Ids only: the event itself is what an operator may need to show that a request was honoured.
    [LoggerMessage(EventId = 1110, Level = LogLevel.Information, Message = "Forget me done (channel {ChannelId}, conversation {ConversationId})")]
    private static partial void LogForgotten(ILogger logger, string channelId, string conversationId);
}
