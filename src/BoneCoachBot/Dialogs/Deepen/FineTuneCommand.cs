using BoneCoach.Dialogs;
using BoneCoachBot.Commands;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// "fine-tune" (typed, or the plan card's button): begins <see cref="FineTuneDialog"/> on the conversation's own
/// stack once her first plan exists; before that the first pass is still under way.
/// </summary>
public sealed class FineTuneCommand(FineTuneDialog dialog) : ICommandHandler
{
    public string CommandId => CommandIds.FineTune;

    public IEnumerable<Dialog> Dialogs => [dialog];

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.HasPlan)
        {
            return await context.SayThenResumeAsync(context.Catalog.Text(DeepenTextKeys.FineTuneLater), cancellationToken);
        }

        if (context.AtCheckInQuestion)
        {
            // Begun on top, fine-tune would leave this week's answers half given.
            return await context.SayThenResumeAsync(context.Catalog.Text(CommandTextKeys.CheckInFirst), cancellationToken);
        }

        return await context.Dc.BeginDialogAsync(dialog.Id, null, cancellationToken);
    }
}
