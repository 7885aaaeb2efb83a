using BoneCoach.Dialogs;

namespace BoneCoachBot.Commands;

/// <summary>"skip": leaves an optional question unanswered and moves on; a required one stays open.</summary>
public sealed class SkipCommand : ICommandHandler
{
    public string CommandId => CommandIds.Skip;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.InProgress)
        {
            return await context.SayThenResumeAsync(context.Catalog.Text(CommandTextKeys.NoQuestionOpen), cancellationToken);
        }

        return await context.AtOpenQuestionAsync(dc => dc.CanSkip() ? dc.SkipAsync(cancellationToken) : RefuseAsync(context, dc, cancellationToken), cancellationToken);
    }

    // A refused skip counts as an unusable answer, so "skip" said again and again reaches the relaxed round
    // (where skip is offered) instead of the same refusal forever.
    private static async Task<DialogTurnResult> RefuseAsync(CommandContext context, DialogContext dc, CancellationToken cancellationToken)
    {
        await context.SayAsync(context.Catalog.Text(CommandTextKeys.NotOptional), cancellationToken);
        var prompt = dc.ActiveDialog;
        var result = await dc.SkipAsync(cancellationToken);
        if (ReferenceEquals(dc.ActiveDialog, prompt))
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }

        return result;
    }
}
