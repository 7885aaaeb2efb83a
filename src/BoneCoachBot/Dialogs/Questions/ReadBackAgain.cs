using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// A value read back to her and not yet confirmed ("I'll note … Is that about right?") is what she was answering: when
/// the open question would be asked again (an emergency that passed, a command's answer), the read-back is asked instead.
/// Asked the question, her "no" or "never" to it was taken as a no to the read-back.
/// </summary>
public static class ReadBackAgain
{
    /// <summary>Asks the read-back line with its yes and no; false when none waits for the open question.</summary>
    public static async Task<bool> TryAskAsync(ITurnContext turnContext, ConversationMarks marks, CommandCatalog commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(marks);
        if (marks is not { ReadBack: { Asked: { } line } pending } || marks.Position?.QuestionId != pending.QuestionId)
        {
            return false;
        }

        await turnContext.SendActivityAsync(Message(line, commands), cancellationToken);
        return true;
    }

    /// <summary>The read-back line with its yes and no.</summary>
    public static IMessageActivity Message(string line, CommandCatalog commands)
    {
        var ask = MessageFactory.Text(line);
        ask.SuggestedActions = new SuggestedActions { Actions = QuestionButtons.YesNo(commands) };
        return ask;
    }
}
