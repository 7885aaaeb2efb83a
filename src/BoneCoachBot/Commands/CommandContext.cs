using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs.Questions;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Commands;

/// <summary>What a command handler works with: the conversation's dialog context (its stack may be empty), the
/// command her message means, her record, this conversation's marks and the texts of dialogs/commands.json.</summary>
public sealed class CommandContext(DialogContext dc, string? command, CoachingRecord record, ConversationMarks marks, CommandCatalog catalog, TimeSpan? away = null)
{
    public DialogContext Dc { get; } = dc;

    public ITurnContext Turn => Dc.Context;

    /// <summary>The command id of dialogs/commands.json her message means, or null.</summary>
    public string? Command { get; } = command;

    public CoachingRecord Record { get; } = record;

    public ConversationMarks Marks { get; } = marks;

    public CommandCatalog Catalog { get; } = catalog;

    /// <summary>How long since her previous message in this conversation; null when this is her first here.</summary>
    public TimeSpan? Away { get; } = away;

    /// <summary>Whether a question or dialog is open under the command (so it is asked again after the answer).</summary>
    public bool InProgress => Dc.ActiveDialog is not null;

    public bool HasPlan => Record.Consent == ConsentStatus.Given && Record.PlanReadyAt is not null;

    /// <summary>Whether a weekly check-in question is open (the check-in marks its questions as it asks them).</summary>
    public bool AtCheckInQuestion => InProgress && Marks.Position?.Part == Script.ScriptParts.CheckIn;

    public async Task SayAsync(string text, CancellationToken cancellationToken) =>
        await Turn.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    /// <summary>Says <paramref name="text"/>, then asks the open question again (or ends the turn when nothing is open).</summary>
    public async Task<DialogTurnResult> SayThenResumeAsync(string text, CancellationToken cancellationToken)
    {
        await SayAsync(text, cancellationToken);
        return await ResumeAsync(cancellationToken);
    }

    /// <summary>Asks the open question again (or the value read back for it, <see cref="ReadBackAgain"/>), or ends the turn cleanly when nothing is open.</summary>
    public async Task<DialogTurnResult> ResumeAsync(CancellationToken cancellationToken)
    {
        if (!InProgress)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        if (!await ReadBackAgain.TryAskAsync(Turn, Marks, Catalog, cancellationToken))
        {
            await Dc.RepromptDialogAsync(cancellationToken);
        }

        return Dialog.EndOfTurn;
    }

    /// <summary>
    /// Acts on the innermost open dialog, where the open prompt sits (back and skip act there). Acting there skips the
    /// containers' own turn, so a container whose inner stack the act finished is ended here, as it would end itself.
    /// </summary>
    public async Task<DialogTurnResult> AtOpenQuestionAsync(Func<DialogContext, Task<DialogTurnResult>> act, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(act);
        var dc = Dc;
        while (dc.Child is { } child)
        {
            dc = child;
        }

        var result = await act(dc);
        while (result.Status != DialogTurnStatus.Waiting && dc.Parent is { } parent)
        {
            result = await parent.EndDialogAsync(result.Result, cancellationToken);
            dc = parent;
        }

        return result;
    }
}
