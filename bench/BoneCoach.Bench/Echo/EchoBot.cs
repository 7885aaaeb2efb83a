using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoach.Bench.Echo;

/// <summary>Echoes the message with a per-conversation turn count, so the baseline reads and writes state too.</summary>
public sealed class EchoBot(ConversationState conversationState) : ActivityHandler
{
    private readonly IStatePropertyAccessor<int> _turns = conversationState.CreateProperty<int>("turns");

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var turns = await _turns.GetAsync(turnContext, () => 0, cancellationToken) + 1;
        await _turns.SetAsync(turnContext, turns, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text($"Echo {turns}: {turnContext.Activity.Text}"), cancellationToken);
    }
}
