using BoneCoach.Dialogs;

namespace BoneCoachBot.Commands;

/// <summary>"check in" and "progress" until the weekly check-ins (issue 8) register real handlers: an honest answer.</summary>
public sealed class CheckInFallbackCommand(string commandId) : ICommandHandler
{
    public string CommandId { get; } = commandId;

    public bool IsFallback => true;

    public async Task<DialogTurnResult> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.SayAsync(context.Catalog.Text(context.HasPlan ? "checkInsSoon" : "checkInsLater"), cancellationToken);
        return await context.ResumeAsync(cancellationToken);
    }
}
