using BoneCoachBot.Bots;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.CheckIns;

/// <summary>
/// Puts the check-in commands in front of the coaching bot until the conversation's own "commands anywhere" layer
/// takes them: a message the check-ins handle stops here, everything else goes to <see cref="CoachBot"/> unchanged.
/// Runs inside the state pipeline like any bot, so both share one ETag-guarded save.
/// </summary>
public sealed class CheckInBot(CoachBot coach, CheckInCommands checkIns) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (!await checkIns.TryHandleAsync(turnContext, cancellationToken))
        {
            await coach.OnTurnAsync(turnContext, cancellationToken);
        }
    }
}
