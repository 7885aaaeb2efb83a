using BoneCoach.Dialogs;

namespace BoneCoachBot.Commands;

/// <summary>A command answered by its own reply in dialogs/commands.json, then the open question again.</summary>
public abstract class ReplyCommand : ICommandHandler
{
    public abstract string CommandId { get; }

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await context.SayThenResumeAsync(context.Catalog.Reply(CommandId)!, cancellationToken);
    }
}
