using BoneCoach.Dialogs;
using BoneCoachBot.Script;

namespace BoneCoachBot.Commands;

/// <summary>
/// "hi", "I'm back", or any message after a long pause: where she is, then the open question again. Back after days
/// or in a new conversation, a known woman gets the full <see cref="WelcomeBack"/>. With nothing open a short-pause
/// greeting goes on to the conversation, which picks up from where she is.
/// </summary>
public sealed class ResumeCommand(ConversationScript script, WelcomeBack welcomeBack) : ICommandHandler
{
    public string CommandId => CommandIds.Resume;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // First words in a new conversation, or after days away: where she is and what she can do, not a bare re-ask.
        // Only after consent: "start" after a refusal is her way to ask for the consent question again.
        if (context.Record.Consent == Coaching.ConsentStatus.Given && (context.Away is null || context.Away >= WelcomeBack.After))
        {
            return await welcomeBack.GreetAsync(context, cancellationToken);
        }

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
