using BoneCoachBot.Script;
using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs;

namespace BoneCoachBot.Commands;

/// <summary>"change my answers": opens the list of her answers above whatever is open (<see cref="ChangeAnswersDialog"/>).</summary>
public sealed class ChangeAnswersCommand(ChangeAnswersDialog dialog, ConversationScript script) : ICommandHandler
{
    public string CommandId => CommandIds.ChangeAnswers;

    public IEnumerable<Dialog> Dialogs => [dialog];

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Record.Consent != ConsentStatus.Given || ChangeAnswersDialog.Changeable(context.Record, script).Entries.Count == 0)
        {
            return await context.SayThenResumeAsync(context.Catalog.Text(CommandTextKeys.NothingToChange), cancellationToken);
        }

        return await context.Dc.BeginDialogAsync(nameof(ChangeAnswersDialog), null, cancellationToken);
    }
}
