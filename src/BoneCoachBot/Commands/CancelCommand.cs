using BoneCoach.Dialogs;

namespace BoneCoachBot.Commands;

/// <summary>"cancel": stops whatever is open (a part, a check-in, a confirmation); her earlier answers are kept.</summary>
public sealed class CancelCommand : ICommandHandler
{
    public string CommandId => CommandIds.Cancel;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.InProgress)
        {
            return await context.SayThenResumeAsync(context.Catalog.Text(CommandTextKeys.NothingToCancel), cancellationToken);
        }

        await context.SayAsync(context.Catalog.Text(CommandTextKeys.Cancelled), cancellationToken);
        context.Marks.Position = null;
        return await context.Dc.CancelAllDialogsAsync(cancellationToken);
    }
}
