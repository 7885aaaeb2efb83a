using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs;

namespace BoneCoachBot.Commands;

/// <summary>"restart": clears her answers (never her consent) and begins the questions again.</summary>
public sealed class RestartCommand(CoachingState state) : ICommandHandler
{
    public string CommandId => CommandIds.Restart;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Record.Consent == ConsentStatus.Given)
        {
            context.Record.ClearAnswers();
            await state.SaveAsync(context.Turn, context.Record, cancellationToken);
            await context.SayAsync(context.Catalog.Text(CommandTextKeys.Restarted), cancellationToken);
        }

        context.Marks.Position = null;
        await context.Dc.CancelAllDialogsAsync(cancellationToken);
        return await context.Dc.BeginDialogAsync(nameof(MainDialog), null, cancellationToken);
    }
}
