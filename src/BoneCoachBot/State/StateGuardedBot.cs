using Microsoft.Bot.Builder;

namespace BoneCoachBot.State;

/// <summary>
/// Wraps a bot so that every turn runs through the <see cref="TurnPipeline"/>: the bot reads and writes
/// ConversationState and UserState as usual and never sees ETags, retries or buffering. Each turn also notes the
/// conversation in her <see cref="UserConversations"/>, saved with the turn, for "forget me". The registered
/// <see cref="ITurnGate"/>s run first, so a message over budget costs neither a lock nor a storage call.
/// </summary>
public sealed class StateGuardedBot<TBot>(TBot bot, TurnPipeline pipeline, UserConversations conversations, IEnumerable<ITurnGate> gates) : IBot
    where TBot : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        foreach (var gate in gates)
        {
            if (await gate.AnsweredAsync(turnContext, cancellationToken))
            {
                return;
            }
        }

        await pipeline.RunAsync(turnContext, TurnAsync, cancellationToken);
    }

    private async Task TurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await bot.OnTurnAsync(turnContext, cancellationToken);
        await conversations.RememberAsync(turnContext, cancellationToken);
    }
}
