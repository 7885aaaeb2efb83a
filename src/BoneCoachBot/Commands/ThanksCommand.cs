using BoneCoach.Dialogs;

namespace BoneCoachBot.Commands;

/// <summary>"thanks": a word back, then the open question again if there is one (not "your plan is ready" again).</summary>
public sealed class ThanksCommand : ICommandHandler
{
    public string CommandId => CommandIds.Thanks;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await context.SayThenResumeAsync(context.Catalog.Reply(CommandIds.Thanks)!, cancellationToken);
    }
}
