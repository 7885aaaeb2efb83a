using BoneCoach.Dialogs;
using BoneCoachBot.Dialogs;

namespace BoneCoachBot.Commands;

/// <summary>"forget me": opens the confirmation above whatever is open; the question underneath comes back after a "no".</summary>
public sealed class ForgetMeCommand(ForgetMeDialog dialog) : ICommandHandler
{
    public string CommandId => CommandIds.ForgetMe;

    public IEnumerable<Dialog> Dialogs => [dialog];

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await context.Dc.BeginDialogAsync(nameof(ForgetMeDialog), null, cancellationToken);
    }
}
