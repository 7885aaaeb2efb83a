using BoneCoach.Dialogs;

namespace BoneCoachBot.Commands;

/// <summary>"back": the previous question of the open part or check-in again; its new answer replaces the old.</summary>
public sealed class BackCommand : ICommandHandler
{
    public string CommandId => CommandIds.Back;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.InProgress)
        {
            await context.SayAsync(context.Catalog.Text(CommandTextKeys.NoQuestionOpen), cancellationToken);
            return await context.ResumeAsync(cancellationToken);
        }

        return await context.AtOpenQuestionAsync(
            async dc =>
            {
                if (dc.CanGoBack())
                {
                    return await dc.GoBackAsync(cancellationToken);
                }

                await context.SayAsync(context.Catalog.Text(CommandTextKeys.NoBack), cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                return Dialog.EndOfTurn;
            },
            cancellationToken);
    }
}
