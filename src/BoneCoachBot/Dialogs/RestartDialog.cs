using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// "restart" once she has answers: says what is cleared and what is kept, and clears only after her clear yes.
/// "no", "skip" or anything unclear keeps everything and the question underneath comes back.
/// </summary>
public sealed partial class RestartDialog : ComponentDialog
{
    private const string ConfirmPromptId = "restartConfirmPrompt";
    private readonly CoachingState _state;
    private readonly CommandCatalog _commands;
    private readonly ILogger<RestartDialog> _logger;

    public RestartDialog(CoachingState state, CommandCatalog commands, ILogger<RestartDialog> logger)
        : base(nameof(RestartDialog))
    {
        _state = state;
        _commands = commands;
        _logger = logger;
        AddDialog(new WaterfallDialog(nameof(RestartDialog) + "Steps").AddStep(ConfirmStepAsync).AddStep(RestartStepAsync));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
    }

    /// <summary>Clears her answers (never consent, check-ins or reminders) and begins the questions from the first.</summary>
    public static async Task<DialogTurnResult> RestartAsync(DialogContext root, CoachingState state, CommandCatalog commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(commands);
        var record = await state.RecordAsync(root.Context, cancellationToken);
        if (record.Consent == ConsentStatus.Given && (record.Answers.Count > 0 || record.PlanReadyAt is not null))
        {
            record.ClearAnswers();
            await state.SaveAsync(root.Context, record, cancellationToken);
            await root.Context.SendActivityAsync(MessageFactory.Text(commands.Text(CommandTextKeys.Restarted)), cancellationToken);
        }

        await state.SetPositionAsync(root.Context, null, cancellationToken);
        await root.CancelAllDialogsAsync(cancellationToken);
        return await root.BeginDialogAsync(nameof(MainDialog), null, cancellationToken);
    }

    private Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // One attempt: an unclear reply is not a yes, so nothing is cleared and she is back where she was.
        var question = MessageFactory.Text(_commands.Text(CommandTextKeys.RestartConfirm));
        return step.PromptAsync(ConfirmPromptId, new PromptOptions { Prompt = question, MaxAttempts = 1, AllowSkip = true }, cancellationToken);
    }

    private async Task<DialogTurnResult> RestartStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Outcome is not null || step.ResultAs<bool?>() != true)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_commands.Text(CommandTextKeys.NotRestarted)), cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        LogRestartConfirmed(_logger, step.Context.Activity.Conversation?.Id);
        // The whole conversation stack starts again, not just this dialog: the root context is this one's parent.
        return await RestartAsync(step.Parent ?? step, _state, _commands, cancellationToken);
    }

    [LoggerMessage(EventId = 1205, Level = LogLevel.Information, Message = "Restart confirmed (conversation {ConversationId})")]
    private static partial void LogRestartConfirmed(ILogger logger, string? conversationId);
}
