using BoneCoachBot.Commands;
using BoneCoachBot.Safety;
using BoneCoachBot.State;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// The first thing every turn meets: a message over <see cref="InputGuard"/>'s budget, or with text that is not valid
/// Unicode, gets its kind reply and goes no further, so neither the commands nor a recogniser ever reads it. Safety comes
/// first even here: a long text that tells of anything the safety net acts on (an emergency, a crisis, low mood, an
/// urgent sign) goes on to it; <see cref="Bots.CoachBot"/> gives the long-message reply after the safety net's.
/// </summary>
public sealed class InputBudgetGate(CommandCatalog commands, TriageClassifier triage) : ITurnGate
{
    public async Task<bool> AnsweredAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (InputGuard.OverBudget(turnContext.Activity) is not { } problem || TellsOfDanger(turnContext))
        {
            return false;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(commands.Text(problem)), cancellationToken);
        return true;
    }

    // The triage reads a long message in pieces within its budget, once: the safety net takes its result from the turn.
    private bool TellsOfDanger(ITurnContext turnContext) =>
        InputGuard.IsOnlyTooLong(turnContext.Activity) && triage.ClassifyTurn(turnContext).Class != TriageClass.None;
}
