using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Bots;

/// <summary>
/// Runs <see cref="MainDialog"/> for every message. A new member (not the bot) is welcomed when she joins; a channel
/// that never sends conversationUpdate gets the same welcome on her first message, because the dialog begins there.
/// </summary>
/// <remarks>State is saved by the turn pipeline (<see cref="BoneCoachBot.State.TurnPipeline"/>), not here.</remarks>
public sealed class CoachBot(ConversationState conversationState, MainDialog mainDialog, CoachingState coachingState) : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        if (!membersAdded.Any(member => member.Id != botId))
        {
            return;
        }

        // Once per person: someone who already answered the consent question is not welcomed again.
        var record = await coachingState.RecordAsync(turnContext, cancellationToken);
        if (record.Consent == ConsentStatus.NotAsked)
        {
            await mainDialog.RunAsync(turnContext, _dialogState, cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // Teams channel messages start with "<at>BoneCoach</at>"; commands and answers must not.
        // The SDK's RemoveRecipientMention reads Recipient.Id without a null check.
        if (turnContext.Activity.Recipient is not null)
        {
            (turnContext.Activity as Activity)?.RemoveRecipientMention();
        }
        await mainDialog.RunAsync(turnContext, _dialogState, cancellationToken);
    }
}
