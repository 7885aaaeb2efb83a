using BoneCoach.Dialogs;
using BoneCoachBot.Script;

namespace BoneCoachBot.Commands;

/// <summary>
/// "hi", "I'm back", or any message after a long pause: where she is, then the open question again. With nothing
/// open the greeting goes on to the conversation, which picks up from where she is.
/// </summary>
public sealed class ResumeCommand(ConversationScript script) : ICommandHandler
{
    public string CommandId => CommandIds.Resume;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.InProgress)
        {
            return null;
        }

        // Before consent there is nothing to come back to: the welcome is the reminder, so only ask again.
        // A check-in's questions have no position: they are asked again without a reminder.
        if (context.Marks.Position is { } position && position.Part != ScriptParts.Consent)
        {
            await context.SayAsync(PartTitle.Fill(context.Catalog.Text(CommandTextKeys.ResumeReminder), PartTitle.Of(context, script)), cancellationToken);
        }

        return await context.ResumeAsync(cancellationToken);
    }
}
