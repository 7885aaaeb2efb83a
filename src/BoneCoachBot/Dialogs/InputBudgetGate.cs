using BoneCoachBot.Commands;
using BoneCoachBot.Safety;
using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// The first thing every turn meets: a message over <see cref="InputGuard"/>'s budget, or with text that is not valid
/// Unicode, gets its kind reply and goes no further, so neither the commands nor a recogniser ever reads it. Safety comes
/// first even here: a long text that tells of an emergency or a crisis goes on to the safety net, which answers it before
/// anything else reads the message.
/// </summary>
public sealed class InputBudgetGate(CommandCatalog commands, TriageClassifier triage) : ITurnGate
{
    public async Task<bool> AnsweredAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (InputGuard.OverBudget(turnContext.Activity) is not { } problem || TellsOfDanger(turnContext.Activity))
        {
            return false;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(commands.Text(problem)), cancellationToken);
        return true;
    }

    // The triage reads a long message in pieces within its budget (TriageClassifier); an urgent sign or low mood in it
    // still gets the long-message reply, since the safety net's follow-ups read her words as answers.
    private bool TellsOfDanger(IActivity activity) =>
        InputGuard.IsOnlyTooLong(activity)
        && triage.Classify(activity.AsMessageActivity().Text).Class is TriageClass.Emergency or TriageClass.Crisis;
}
