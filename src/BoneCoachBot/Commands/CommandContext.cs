using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Commands;

/// <summary>What a command handler works with: the root dialog context (its stack may be empty), her record and the texts.</summary>
public sealed class CommandContext(DialogContext dc, CoachingRecord record, ConversationMarks marks, CommandCatalog catalog)
{
    public DialogContext Dc { get; } = dc;

    public ITurnContext Turn => Dc.Context;

    public CoachingRecord Record { get; } = record;

    public ConversationMarks Marks { get; } = marks;

    public CommandCatalog Catalog { get; } = catalog;

    /// <summary>Whether a question or dialog is open under the command (so it is asked again after the answer).</summary>
    public bool InProgress => Dc.ActiveDialog is not null;

    public bool HasPlan => Record.Consent == ConsentStatus.Given && Record.PlanReadyAt is not null;

    public async Task SayAsync(string text, CancellationToken cancellationToken) =>
        await Turn.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    /// <summary>Asks the open question again, or ends the turn cleanly when nothing is open.</summary>
    public async Task<DialogTurnResult> ResumeAsync(CancellationToken cancellationToken)
    {
        if (!InProgress)
        {
            // Complete, not Waiting: a root begun only to answer a command must not stay on the stack with nothing inside.
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        await Dc.RepromptDialogAsync(cancellationToken);
        return Dialog.EndOfTurn;
    }
}
