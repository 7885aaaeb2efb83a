using BoneCoach.Dialogs;
using BoneCoachBot.Dialogs.Questions;

namespace BoneCoachBot.Commands;

/// <summary>
/// "keep": at a question asked again ("back", "change my answers") her earlier answer stands and the conversation
/// goes on. Anywhere else the words go on to the open question, which may read them as an answer.
/// </summary>
public sealed class KeepCommand : ICommandHandler
{
    public string CommandId => CommandIds.Keep;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var innermost = context.Dc;
        while (innermost.Child is { } child)
        {
            innermost = child;
        }

        if (ScriptedQuestionDialog.OpenAsk(innermost) is not { Revisit: true } || innermost.ActiveDialog?.Id == nameof(ScriptedQuestionDialog))
        {
            return null;
        }

        // Ending the prompt hands KeepAnswer to the question's own step, which keeps the stored answer as it is.
        return await context.AtOpenQuestionAsync(dc => dc.EndDialogAsync(KeepAnswer.Instance, cancellationToken), cancellationToken);
    }
}
