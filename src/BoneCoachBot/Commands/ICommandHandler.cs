using BoneCoach.Dialogs;

namespace BoneCoachBot.Commands;

/// <summary>
/// Her words about the conversation rather than an answer: a command of dialogs/commands.json ("help", "plan"), or
/// words a handler reads itself ("remind me on Sundays at 9"). Register with <c>services.AddCommandHandler&lt;T&gt;()</c>;
/// dialogs it begins (a check-in, say) are listed in <see cref="Dialogs"/> and sit on the conversation's own stack,
/// above whatever was open, so the same commands work inside them.
/// </summary>
public interface ICommandHandler
{
    /// <summary>The command id in dialogs/commands.json it answers, or null for a handler that reads her words itself.</summary>
    string? CommandId { get; }

    IEnumerable<Dialog> Dialogs => [];

    /// <summary>
    /// Answers the message, or returns null to let it through to the open question. End with
    /// <see cref="CommandContext.ResumeAsync"/> to ask the open question again.
    /// </summary>
    Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken);
}
