using BoneCoach.Dialogs;

namespace BoneCoachBot.Commands;

/// <summary>
/// Answers one command from dialogs/commands.json, anywhere in the conversation. Register with
/// <c>services.AddCommandHandler&lt;T&gt;()</c>; a handler that is not a fallback replaces the fallback for its command,
/// whatever the registration order. Dialogs it begins (a check-in, say) are listed in <see cref="Dialogs"/> and are
/// added to the root dialog, so <c>context.Dc.BeginDialogAsync(id)</c> finds them.
/// </summary>
public interface ICommandHandler
{
    /// <summary>The command id in dialogs/commands.json ("checkIn", "progress" ...).</summary>
    string CommandId { get; }

    /// <summary>True for the conversation's own stand-in answers, which a real handler replaces.</summary>
    bool IsFallback => false;

    IEnumerable<Dialog> Dialogs => [];

    /// <summary>Replies or begins a dialog; end with <see cref="CommandContext.ResumeAsync"/> to put the open question back.</summary>
    Task<DialogTurnResult> HandleAsync(CommandContext context, CancellationToken cancellationToken);
}
