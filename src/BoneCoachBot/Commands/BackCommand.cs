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
            return await context.SayThenResumeAsync(context.Catalog.Text(CommandTextKeys.NoQuestionOpen), cancellationToken);
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
    /// Where "back" leads when the open part has no earlier question: the last question before this one in script order
    /// that she was asked and answered (not one a gate passed over or a list answered for her), while the questions (not
    /// a check-in or a confirmation above them) are open. Null: nowhere.
    /// </summary>
    private RevisitAt? AcrossParts(CommandContext context)
    {
        if (context.Marks.Position is not { } position || context.Dc.ActiveDialog?.Id != nameof(MainDialog)
            || !CoachingParts.InOrder.Contains(position.Part))
        {
            return null;
        }

        var answers = context.Record.Answers;
        var sheet = context.Record.Sheet;
        var order = CoachingParts.InOrder.SelectMany(part => script[part].Questions.Select(q => (Part: part, Question: q))).ToList();
        var here = order.FindIndex(q => q.Part == position.Part && q.Question.Id == position.QuestionId);
        var previous = order.Take(Math.Max(here, 0)).LastOrDefault(q => answers.ContainsKey(q.Question.Id)
            && QuestionGates.Allow(q.Question, sheet) && !ListFills.Filled(script, sheet, q.Question.Id));
        return previous.Question is null ? null : new RevisitAt { Part = previous.Part, QuestionId = previous.Question.Id };
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
