using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Bots;

/// <summary>
/// Greets each new member once and answers every message. The coaching dialogs plug in here
/// (their own issue); until then a message gets a short, honest answer about what comes next.
/// </summary>
/// <remarks>State is saved by the turn pipeline (<see cref="BoneCoachBot.State.TurnPipeline"/>), not here.</remarks>
public sealed class CoachBot(ConversationState conversationState) : ActivityHandler
{
    public const string WelcomeText =
        "Hi, I'm BoneCoach. I help women whose bones are changing after menopause build a plan across " +
        "five areas: loading your bones, hormones, protein, inflammation, and minerals. I share education " +
        "and coaching, not medical advice, and I always point you to a clinician when something needs one.";

    public const string NotReadyText =
        "Thanks for your message. The coaching questions are not switched on in this build yet, so I can't " +
        "assess anything for you today. Nothing you type here is stored beyond this conversation's welcome note.";

    public const string NoTextText =
        "I can only read typed messages for now. Could you send me your answer as text?";

    private readonly IStatePropertyAccessor<ConversationFlags> _flags =
        conversationState.CreateProperty<ConversationFlags>(nameof(ConversationFlags));

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        if (membersAdded.Any(member => member.Id != botId))
        {
            await WelcomeOnceAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // Channels that never send conversationUpdate (some Web Chat setups) still get the welcome first.
        await WelcomeOnceAsync(turnContext, cancellationToken);

        var hasText = !string.IsNullOrWhiteSpace(turnContext.Activity.Text) || turnContext.Activity.Value is not null;
        await turnContext.SendActivityAsync(hasText ? NotReadyText : NoTextText, cancellationToken: cancellationToken);
    }

    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var flags = await _flags.GetAsync(turnContext, () => new ConversationFlags(), cancellationToken);
        if (flags.Welcomed)
        {
            return;
        }

        await turnContext.SendActivityAsync(WelcomeText, cancellationToken: cancellationToken);
        await _flags.SetAsync(turnContext, flags with { Welcomed = true }, cancellationToken);
    }
}

/// <summary>What this conversation has already been shown.</summary>
public sealed record ConversationFlags
{
    public bool Welcomed { get; init; }
}
