using Microsoft.Bot.Builder;

namespace BoneCoachBot.State;

/// <summary>
/// Wraps a bot so that every turn runs through the <see cref="TurnPipeline"/>: the bot reads and writes
/// ConversationState and UserState as usual and never sees ETags, retries or buffering. Each turn also notes the
/// conversation in her <see cref="UserConversations"/>, saved with the turn, for "forget me".
/// </summary>
public sealed class StateGuardedBot<TBot>(TBot bot, TurnPipeline pipeline, UserConversations conversations) : IBot
    where TBot : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        pipeline.RunAsync(turnContext, TurnAsync, cancellationToken);

    private async Task TurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await bot.OnTurnAsync(turnContext, cancellationToken);
        await conversations.RememberAsync(turnContext, cancellationToken);
    }
}
