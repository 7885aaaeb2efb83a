using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs;

namespace BoneCoachBot.Commands;

/// <summary>
/// "restart": with answers to lose, opens the confirmation above whatever is open (<see cref="RestartDialog"/>);
/// with none, begins the questions again at once, since nothing is cleared.
/// </summary>
public sealed class RestartCommand(CoachingState state, RestartDialog dialog) : ICommandHandler
{
    public string CommandId => CommandIds.Restart;

    public IEnumerable<Dialog> Dialogs => [dialog];

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Record.Consent == ConsentStatus.Given && (context.Record.Answers.Count > 0 || context.Record.PlanReadyAt is not null))
        {
            return await context.Dc.BeginDialogAsync(nameof(RestartDialog), null, cancellationToken);
        }

        return await RestartDialog.RestartAsync(context.Dc, state, context.Catalog, cancellationToken);
    }
}
