using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// The one interruption layer (CoreBot's CancelAndHelpDialog, grown to all our commands). Every message meets the
/// root first: it answers unusable input and every conversation-wide command there. "back" and "skip" act on the
/// open prompt, so they travel down to the innermost coaching dialog, whose own stack holds that prompt.
/// </summary>
public abstract class CoachingDialog(string dialogId, CoachingServices services) : ComponentDialog(dialogId)
{
    /// <summary>A message after this long a pause is met with a reminder of where she is before her question.</summary>
    public static readonly TimeSpan ResumeReminderAfter = TimeSpan.FromMinutes(30);

    protected CoachingServices Services { get; } = services;

    /// <summary>True for the dialog at the bottom of the stack (MainDialog), which owns the conversation-wide commands.</summary>
    protected virtual bool IsRoot => false;

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var activity = innerDc.Context.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return await innerDc.ContinueDialogAsync(cancellationToken);
        }

        var command = Services.Commands.Match(activity);
        if (IsRoot && await InterruptAsync(innerDc, command, cancellationToken) is { } answered)
        {
            return answered;
        }

        if (!HasCoachingChild(innerDc) && (command is null || (command == CommandIds.Skip && Services.Answers.Guide.IsUnknown(activity.Text ?? string.Empty)))
            && await Services.Answers.TryHandleAsync(innerDc, cancellationToken) is { } understood)
        {
            return understood;
        }

        if (command is CommandIds.Back or CommandIds.Skip && !HasCoachingChild(innerDc))
        {
            return await NavigateAsync(innerDc, command, cancellationToken);
        }

        return await innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>Handles what the root answers itself; null lets the message through to the open question.</summary>
    protected async Task<DialogTurnResult?> InterruptAsync(DialogContext innerDc, string? command, CancellationToken cancellationToken)
    {
        var context = await ContextAsync(innerDc, cancellationToken);
        if (InputGuard.Problem(innerDc.Context.Activity) is { } problem && command is null)
        {
            await context.SayAsync(Services.Commands.Text(problem), cancellationToken);
            return context.InProgress ? EndOfTurn : new DialogTurnResult(DialogTurnStatus.Complete);
        }

        if (command is null && IsReturningAfterBreak(context))
        {
            command = CommandIds.Resume;
        }

        context.Marks.LastMessageAt = Services.Time.GetUtcNow();
        if (command is null or CommandIds.Back or CommandIds.Skip && context.InProgress)
        {
            return null;
        }

        return command is null ? null : await OnCommandAsync(context, command, cancellationToken);
    }

    /// <summary>A conversation-wide command; MainDialog adds cancel, restart and the registered handlers.</summary>
    protected virtual async Task<DialogTurnResult?> OnCommandAsync(CommandContext context, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (command)
        {
            case CommandIds.Help:
                await context.SayAsync(Services.Commands.Reply(CommandIds.Help)!, cancellationToken);
                return await context.ResumeAsync(cancellationToken);
            case CommandIds.Why:
                await context.SayAsync(WhyText(context), cancellationToken);
                return await context.ResumeAsync(cancellationToken);
            case CommandIds.Resume when context.InProgress && context.Marks.Position is { } position:
                // Before consent there is nothing to come back to: the welcome is the reminder, so only ask again.
                if (position.Part != "consent")
                {
                    await context.SayAsync(PartTitle.Fill(Services.Commands.Text("resumeReminder"), PartTitle.Of(context, Services.Script)), cancellationToken);
                }

                return await context.ResumeAsync(cancellationToken);
            case CommandIds.Back or CommandIds.Skip:
                await context.SayAsync(Services.Commands.Text("noBack"), cancellationToken);
                return await context.ResumeAsync(cancellationToken);
            default:
                return null;
        }
    }

    protected async Task<CommandContext> ContextAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var record = await Services.State.RecordAsync(innerDc.Context, cancellationToken);
        var marks = await Services.State.MarksAsync(innerDc.Context, cancellationToken);
        return new CommandContext(innerDc, record, marks, Services.Commands);
    }

    private async Task<DialogTurnResult> NavigateAsync(DialogContext innerDc, string command, CancellationToken cancellationToken)
    {
        if (command == CommandIds.Back && IsAtPrompt(innerDc))
        {
            return await innerDc.GoBackAsync(cancellationToken);
        }

        if (command == CommandIds.Skip && innerDc.CanSkip())
        {
            return await innerDc.SkipAsync(cancellationToken);
        }

        if (command == CommandIds.Skip && IsAtPrompt(innerDc))
        {
            return await RefuseSkipAsync(innerDc, cancellationToken);
        }

        await innerDc.Context.SendActivityAsync(MessageFactory.Text(Services.Commands.Text("noBack")), cancellationToken);
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    // A refused skip counts as an unusable answer, so "skip" said again and again reaches the relaxed round
    // (where skip is offered) instead of the same refusal forever.
    private async Task<DialogTurnResult> RefuseSkipAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendActivityAsync(MessageFactory.Text(Services.Commands.Text("notOptional")), cancellationToken);
        var prompt = innerDc.ActiveDialog;
        var result = await innerDc.SkipAsync(cancellationToken);
        if (ReferenceEquals(innerDc.ActiveDialog, prompt))
        {
            await innerDc.RepromptDialogAsync(cancellationToken);
        }

        return result;
    }

    private string WhyText(CommandContext context) =>
        context.Marks.Position is { } position && context.InProgress
            ? Services.Script[position.Part].Question(position.QuestionId).Why
            : Services.Commands.Text("noWhy");

    // Days later the conversation stack is still there; a reminder of where she is comes before the question.
    private bool IsReturningAfterBreak(CommandContext context) =>
        context.InProgress && context.Marks.Position is not null && context.Marks.LastMessageAt is { } last
        && Services.Time.GetUtcNow() - last >= ResumeReminderAfter;

    // Below the root the open inner dialog is a question's prompt; at the root it is a part or the summary offer.
    private bool IsAtPrompt(DialogContext innerDc) => !IsRoot && innerDc.ActiveDialog is not null;

    private bool HasCoachingChild(DialogContext innerDc) =>
        innerDc.ActiveDialog is { } active && FindDialog(active.Id) is CoachingDialog;
}
