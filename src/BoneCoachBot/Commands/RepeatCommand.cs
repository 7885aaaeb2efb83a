using BoneCoach.Dialogs;

namespace BoneCoachBot.Commands;

/// <summary>
/// "what did you say?", "pardon?", "can you repeat that?": the open question again, as it was asked. Before this, her
/// words went to the open question as her own question, and she heard "I can't answer that one; your clinician can".
/// </summary>
public sealed class RepeatCommand : ICommandHandler
{
    public string CommandId => CommandIds.Repeat;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.InProgress)
        {
            await context.SayAsync(context.Catalog.Text(CommandTextKeys.NoQuestionOpen), cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        return await context.ResumeAsync(cancellationToken);
    }
}
