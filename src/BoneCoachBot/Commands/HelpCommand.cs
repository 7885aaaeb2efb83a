using BoneCoach.Dialogs;

namespace BoneCoachBot.Commands;

/// <summary>"help": what she can say at any time, then the open question again.</summary>
public sealed class HelpCommand : ICommandHandler
{
    public string CommandId => CommandIds.Help;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await context.SayThenResumeAsync(context.Catalog.Reply(CommandIds.Help)!, cancellationToken);
    }
}
