using BoneCoachBot.ChannelRendering;
using BoneCoach.Dialogs;
using BoneCoachBot.Wording;
using BoneCoachBot.CheckIns.Settings;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Safety;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// The end of the questions: her plan, then (once per user) the offer of a weekly reminder, set only after her yes,
/// then the offer of a summary for her clinician.
/// </summary>
public sealed partial class PlanDialog : ComponentDialog
{
    private const string StepsId = nameof(PlanDialog) + "Steps";
    /// <summary>The reminder offer's prompt: her words there answer it, "remind me on Fridays" included.</summary>
    public const string ReminderPromptId = "reminderOfferPrompt";
    private const string SummaryPromptId = "summaryOfferPrompt";
    private const string ProposalKey = "reminderProposal";
    private readonly CoachingState _state;
    private readonly CommandCatalog _commands;
    private readonly ICoachingMessages _messages;
    private readonly ReminderSettings _reminders;
    private readonly TimeProvider _time;
    private readonly ILogger<PlanDialog> _logger;
    private readonly ReportedConcerns _reported;
    private readonly Script.ConversationScript _script;

    public PlanDialog(CoachingState state, CommandCatalog commands, ICoachingMessages messages, ReminderSettings reminders, TimeProvider time, ILogger<PlanDialog> logger, ReportedConcerns reported,
        Script.ConversationScript script)
        : base(nameof(PlanDialog))
    {
        _script = script;
        _state = state;
        _commands = commands;
        _messages = messages;
        _reminders = reminders;
        _time = time;
        _logger = logger;
        _reported = reported;
        AddDialog(new WaterfallDialog(StepsId)
            .AddStep(ShowPlanStepAsync)
            .AddStep(OfferSummaryStepAsync)
            .AddStep(CloseStepAsync));
        // Skip means "no" to either offer: nothing is lost by not having it.
        // Free text, not a yes/no prompt: "Thursday evening" or "fridays at 7pm" is a yes at another time.
        AddDialog(new TextPrompt(ReminderPromptId, ValidateReminderAnswerAsync));
        AddDialog(new ConfirmPrompt(SummaryPromptId) { Offer = true, Style = ChannelChoices.Style });
    }

    private async Task<DialogTurnResult> ShowPlanStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.IsBack)
        {
            var record = await _state.RecordAsync(step.Context, cancellationToken);
            // With the script: the first plan says which layers more answers would sharpen.
            var result = CoachingInputs.From(record, _script).Assess();
            record.PlanReadyAt = _time.GetUtcNow();
            await _state.SaveAsync(step.Context, record, cancellationToken);
            await step.Context.SendActivityAsync(_messages.PlanMessage(result, step.Context.Activity.ChannelId), cancellationToken);
            LogPlanReady(_logger, step.Context.Activity.Conversation?.Id);
        }

        // "back" from the summary offer asks the same reminder question again, not a new one.
        var proposal = step.Values.TryGetValue(ProposalKey, out var stored)
            ? StateValue.As<ReminderProposal>(stored)
            : await _reminders.ProposeAsync(step.Context, cancellationToken);
        if (proposal is null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        step.Values[ProposalKey] = proposal;
        return await step.PromptAsync(ReminderPromptId, ReminderOffer(_reminders.Question(proposal)), cancellationToken);
    }

    private async Task<DialogTurnResult> OfferSummaryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.TryGetValue(ProposalKey, out var stored) && StateValue.As<ReminderProposal>(stored) is { } proposal)
        {
            // GaveUp or Skipped (no clear yes) keeps the reminder off; "remind me ..." sets it any time.
            var answer = step.Outcome is null ? ReminderOfferAnswer.Read(step.ResultAs<string>(), CultureOf(step)) : null;
            var replies = answer is { Accepted: true }
                ? await _reminders.AcceptAsync(step.Context, answer.Apply(proposal), cancellationToken)
                : [_reminders.DeclinedText];
            await step.Context.SendActivitiesAsync([.. replies.Select(text => MessageFactory.Text(text))], cancellationToken);
        }

        return await step.PromptAsync(SummaryPromptId, Offer(_commands.Text(CommandTextKeys.SummaryOffer), _commands.Text(CommandTextKeys.SummaryOfferRetry)), cancellationToken);
    }

    private async Task<DialogTurnResult> CloseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // GaveUp or Skipped (no clear yes) sends no summary; she can still ask for it with "summary".
        if (step.Outcome is null && step.ResultAs<bool?>() == true)
        {
            var record = await _state.RecordAsync(step.Context, cancellationToken);
            await step.Context.SendActivityAsync(_messages.ClinicianSummaryMessage(SummaryCommand.Render(record, _time, _messages.SummaryWording, await _reported.ForAsync(step.Context, cancellationToken))), cancellationToken);
        }

        await step.Context.SendActivityAsync(MessageFactory.Text(_commands.Text(CommandTextKeys.AfterPlan)), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private PromptOptions ReminderOffer(string question)
    {
        string[] buttons = [_commands.Text(CommandTextKeys.Yes), _commands.Text(CommandTextKeys.No)];
        return new()
        {
            Prompt = (Microsoft.Bot.Schema.Activity)MessageFactory.SuggestedActions(buttons, question, null, null, null),
            RetryPrompt = (Microsoft.Bot.Schema.Activity)MessageFactory.SuggestedActions(buttons, _reminders.RetryText, null, null, null),
            MaxAttempts = 2,
            AllowSkip = true,
        };
    }

    private static Task<bool> ValidateReminderAnswerAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && ReminderOfferAnswer.Read(prompt.Recognized.Value, PromptCulture.Resolve(prompt.Context.Activity.Locale, null)) is not null);

    private static string CultureOf(DialogContext dc) => PromptCulture.Resolve(dc.Context.Activity.Locale, null);

    // "1000 IU" at the offer got the same question again, word for word: the retry says what it waits for.
    private static PromptOptions Offer(string question, string retry) =>
        new() { Prompt = MessageFactory.Text(question), RetryPrompt = MessageFactory.Text(retry), MaxAttempts = 2, AllowSkip = true };

    [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "Plan ready (conversation {ConversationId})")]
    private static partial void LogPlanReady(ILogger logger, string? conversationId);
}
