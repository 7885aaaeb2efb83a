using BoneCoachBot.Commands;
using BoneCoachBot.State;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// The first thing every turn meets: a message over <see cref="InputGuard"/>'s budget, or with text that is not valid
/// Unicode, gets its kind reply and goes no further, so neither the commands, the triage nor a recogniser ever reads it.
/// </summary>
public sealed class InputBudgetGate(CommandCatalog commands) : ITurnGate
{
    public async Task<bool> AnsweredAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (InputGuard.OverBudget(turnContext.Activity) is not { } problem)
        {
            return false;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(commands.Text(problem)), cancellationToken);
        return true;
    }
}
