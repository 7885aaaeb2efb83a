using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs;
using BoneCoachBot.Script;

namespace BoneCoachBot.Commands;

/// <summary>
/// "back": the previous question again, her answer shown so she can keep or change it; the new answer replaces the old.
/// Within a part the part's waterfall goes back; at a part's first question the conversation re-enters the part
/// before at its last answered question (<see cref="RevisitAt"/>).
/// </summary>
public sealed class BackCommand(ConversationScript script) : ICommandHandler
{
    public string CommandId => CommandIds.Back;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.InProgress)
        {
            await context.SayAsync(context.Catalog.Text(CommandTextKeys.NoQuestionOpen), cancellationToken);
            return await context.ResumeAsync(cancellationToken);
        }

        var acrossParts = AcrossParts(context);
        var reenter = false;
        var result = await context.AtOpenQuestionAsync(
            async dc =>
            {
                if (dc.CanGoBack())
                {
                    return await dc.GoBackAsync(cancellationToken);
                }

                if (acrossParts is not null)
                {
                    reenter = true;
                    return Dialog.EndOfTurn;
                }

                await context.SayAsync(context.Catalog.Text(CommandTextKeys.NoBack), cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                return Dialog.EndOfTurn;
            },
            cancellationToken);
        return reenter ? await ReenterAsync(context, acrossParts!, cancellationToken) : result;
    }

    /// <summary>
    /// Where "back" leads when the open part has no earlier question: the last answered question before this one in
    /// script order, while the questions (not a check-in or a confirmation above them) are open. Null: nowhere.
    /// </summary>
    private RevisitAt? AcrossParts(CommandContext context)
    {
        if (context.Marks.Position is not { } position || context.Dc.ActiveDialog?.Id != nameof(MainDialog)
            || !CoachingParts.InOrder.Contains(position.Part))
        {
            return null;
        }

        var order = CoachingParts.InOrder.SelectMany(part => script[part].Questions.Select(q => (Part: part, Id: q.Id))).ToList();
        var here = order.FindIndex(q => q.Part == position.Part && q.Id == position.QuestionId);
        var previous = order.Take(Math.Max(here, 0)).LastOrDefault(q => context.Record.Answers.ContainsKey(q.Id));
        return previous.Id is null ? null : new RevisitAt { Part = previous.Part, QuestionId = previous.Id };
    }

    // The part is begun again from the conversation's root: its earlier questions are passed over as answered,
    // the one she goes back to is asked, and the parts after it run again as they would have.
    private static async Task<DialogTurnResult> ReenterAsync(CommandContext context, RevisitAt at, CancellationToken cancellationToken)
    {
        var parts = CoachingParts.InOrder.ToList();
        context.Record.CompletedParts.RemoveAll(part => parts.IndexOf(part) >= parts.IndexOf(at.Part));
        context.Marks.Position = null;
        await context.Dc.CancelAllDialogsAsync(cancellationToken);
        return await context.Dc.BeginDialogAsync(nameof(MainDialog), at, cancellationToken);
    }
}
