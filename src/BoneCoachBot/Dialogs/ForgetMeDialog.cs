using BoneCoachBot.ChannelRendering;
using BoneCoach.Dialogs;
using BoneCoachBot.Commands;
using BoneCoachBot.State;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs;

/// <summary>"forget me": asks once, then deletes her user state and this conversation through <see cref="ForgetMeService"/>.</summary>
public sealed partial class ForgetMeDialog : ComponentDialog
{
    private const string ConfirmPromptId = "forgetConfirmPrompt";
    private readonly CommandCatalog _commands;
    private readonly ForgetMeService _forgetMe;
    private readonly ILogger<ForgetMeDialog> _logger;

    public ForgetMeDialog(CommandCatalog commands, ForgetMeService forgetMe, ILogger<ForgetMeDialog> logger)
        : base(nameof(ForgetMeDialog))
    {
        _commands = commands;
        _forgetMe = forgetMe;
        _logger = logger;
        AddDialog(new WaterfallDialog(nameof(ForgetMeDialog) + "Steps").AddStep(ConfirmStepAsync).AddStep(ForgetStepAsync));
        AddDialog(new ConfirmPrompt(ConfirmPromptId) { Style = ChannelChoices.Style });
    }

    private Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var question = _commands.Text(CommandTextKeys.ForgetConfirm);
        // Skip keeps everything, as "no" does: deleting needs her clear yes.
        return step.PromptAsync(ConfirmPromptId, new PromptOptions { Prompt = MessageFactory.Text(question), MaxAttempts = 2, AllowSkip = true }, cancellationToken);
    }

    private async Task<DialogTurnResult> ForgetStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // GaveUp (no clear yes) forgets nothing.
        if (step.Outcome is not null || step.ResultAs<bool?>() != true)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_commands.Text(CommandTextKeys.NotForgotten)), cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        await _forgetMe.ForgetAsync(step.Context, cancellationToken);
        LogForgetMeConfirmed(_logger, step.Context.Activity.Conversation?.Id);
        await step.Context.SendActivityAsync(MessageFactory.Text(_commands.Text(CommandTextKeys.Forgotten)), cancellationToken);
        // Nothing under this dialog may ask its question again: end the whole coaching stack, not just this dialog.
        await (step.Parent ?? step).CancelAllDialogsAsync(cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Forget me confirmed (conversation {ConversationId})")]
    private static partial void LogForgetMeConfirmed(ILogger logger, string? conversationId);
}
