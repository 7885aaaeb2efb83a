using Microsoft.Bot.Builder;

namespace BoneCoachBot.State;

/// <summary>
/// Wraps a bot so that every turn runs through the <see cref="TurnPipeline"/>: the bot reads and writes
/// ConversationState and UserState as usual and never sees ETags, retries or buffering.
/// </summary>
public sealed class StateGuardedBot<TBot>(TBot bot, TurnPipeline pipeline) : IBot
    where TBot : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        pipeline.RunAsync(turnContext, bot.OnTurnAsync, cancellationToken);
}
