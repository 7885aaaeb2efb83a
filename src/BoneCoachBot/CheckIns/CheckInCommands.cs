using BoneCoach.Assessment;
using BoneCoach.Dialogs;
using BoneCoachBot.CheckIns.Progress;
using BoneCoachBot.CheckIns.Reminders;
using BoneCoachBot.CheckIns.Settings;
using BoneCoachBot.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.CheckIns;

/// <summary>
/// The check-in commands that work any time — "check in", "progress", the reminder phrases, an answer to a reminder —
/// and the running check-in itself. <see cref="TryHandleAsync"/> returns false for anything else, so the coaching
/// conversation gets it.
/// </summary>
public sealed class CheckInCommands(
    CheckInDialog dialog, CheckInState state, ReminderSettings reminders, ProgressMessage progress, ScriptTexts texts)
{
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Type != ActivityTypes.Message || turnContext.Activity.From?.Id is null)
        {
            return false;
        }

        await reminders.RememberAddressAsync(turnContext, cancellationToken);
        var text = turnContext.Activity.Text;
        var dialogState = await state.Dialog.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        if (dialogState.DialogStack.Count > 0)
        {
            await ContinueCheckInAsync(turnContext, text, cancellationToken);
            return true;
        }

        var flags = await state.Flags.GetAsync(turnContext, () => new CheckInFlags(), cancellationToken);
        await state.Flags.DeleteAsync(turnContext, cancellationToken);
        return await RouteAsync(turnContext, text, flags.ReminderPending, cancellationToken);
    }

    /// <summary>After the plan: the conversation calls this to propose her weekly reminder.</summary>
    public Task ProposeRemindersAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        reminders.ProposeAsync(turnContext, cancellationToken);

    private async Task<bool> RouteAsync(ITurnContext turnContext, string? text, bool reminderPending, CancellationToken cancellationToken)
    {
        if (texts.IsCommand("checkIn", text) || string.Equals(text?.Trim(), ReminderTurn.CheckInNowValue, StringComparison.OrdinalIgnoreCase))
        {
            await StartCheckInAsync(turnContext, cancellationToken);
            return true;
        }

        if (texts.IsCommand("progress", text))
        {
            await ShowProgressAsync(turnContext, cancellationToken);
            return true;
        }

        if (await reminders.TryHandleAsync(turnContext, cancellationToken))
        {
            return true;
        }

        if (!reminderPending)
        {
            return false;
        }

        // Her first message after a reminder answers it: "not now" declines, anything else starts the check-in.
        if (IsDecline(text))
        {
            await turnContext.SendActivityAsync(texts.ReminderText("notNowReply"), cancellationToken: cancellationToken);
        }
        else
        {
            await StartCheckInAsync(turnContext, cancellationToken);
        }

        return true;
    }

    private async Task ContinueCheckInAsync(ITurnContext turnContext, string? text, CancellationToken cancellationToken)
    {
        if (texts.IsCommand("cancel", text))
        {
            await state.Dialog.DeleteAsync(turnContext, cancellationToken);
            await turnContext.SendActivityAsync(texts.CheckInText("cancelled"), cancellationToken: cancellationToken);
            return;
        }

        await dialog.RunAsync(turnContext, state.Dialog, cancellationToken);
        await ProposeAfterFirstCheckInAsync(turnContext, cancellationToken);
    }

    private async Task StartCheckInAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await state.Dialog.DeleteAsync(turnContext, cancellationToken);
        await dialog.RunAsync(turnContext, state.Dialog, cancellationToken);
    }

    // The loop needs a reminder: a check-in finished without one (no plan yet, or a channel the plan skipped) proposes it.
    private async Task ProposeAfterFirstCheckInAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dialogState = await state.Dialog.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        if (dialogState.DialogStack.Count == 0)
        {
            await reminders.ProposeAsync(turnContext, cancellationToken);
        }
    }

    private async Task ShowProgressAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var record = await state.RecordOfAsync(turnContext, cancellationToken);
        if (record.History.Count == 0)
        {
            await turnContext.SendActivityAsync(texts.CheckInText("noCheckIns"), cancellationToken: cancellationToken);
            return;
        }

        var report = ProgressTracker.Track(record.GoalsOrDefault, record.History);
        await turnContext.SendActivityAsync(texts.CheckInText("progressIntro"), cancellationToken: cancellationToken);
        await turnContext.SendActivityAsync(progress.Build(record, report), cancellationToken);
    }

    private static bool IsDecline(string? text) =>
        text?.Trim().ToLowerInvariant() is ReminderTurn.NotNowValue or "not now" or "no" or "later" or "no thanks" or "skip";
}
