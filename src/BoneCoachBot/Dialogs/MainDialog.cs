using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// The conversation: consent, onboarding, the five layers in the seed's order, then the plan and the offer of a
/// clinician summary. Parts she has finished are passed over, so the same dialog resumes her, and after the plan
/// any message gets the "afterwards" answer. As the root it owns the conversation-wide commands.
/// </summary>
public sealed partial class MainDialog : CoachingDialog
{
    private const string StepsId = nameof(MainDialog) + "Steps";
    private const string SummaryPromptId = "summaryOfferPrompt";
    private const string AskedSomethingKey = "askedSomething";
    private readonly CommandHandlers _handlers;

    public MainDialog(CoachingServices services, CommandHandlers handlers, ConsentDialog consent, OnboardingDialog onboarding,
        LoadingDialog loading, HormonesDialog hormones, DietDialog diet, InflammationDialog inflammation, SupplementsDialog supplements)
        : base(nameof(MainDialog), services)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _handlers = handlers;
        AddDialog(new WaterfallDialog(StepsId)
            .AddStep(ConsentStepAsync)
            .AddStep((step, ct) => PartStepAsync(step, onboarding, ct))
            .AddStep((step, ct) => PartStepAsync(step, loading, ct))
            .AddStep((step, ct) => PartStepAsync(step, hormones, ct))
            .AddStep((step, ct) => PartStepAsync(step, diet, ct))
            .AddStep((step, ct) => PartStepAsync(step, inflammation, ct))
            .AddStep((step, ct) => PartStepAsync(step, supplements, ct))
            .AddStep(PlanStepAsync)
            .AddStep(SummaryStepAsync));
        foreach (var dialog in new Dialog[] { consent, onboarding, loading, hormones, diet, inflammation, supplements }
            .Concat(handlers.All.SelectMany(h => h.Dialogs)))
        {
            AddDialog(dialog);
        }

        AddDialog(new ConfirmPrompt(SummaryPromptId) { Navigation = NavigationCommands.None });
    }

    protected override bool IsRoot => true;

    // An empty stack begins here: a command as the first message is answered, not taken as the start of the questions.
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (innerDc.Context.Activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message
            && await InterruptAsync(innerDc, Services.Commands.Match(innerDc.Context.Activity), cancellationToken) is { } answered)
        {
            // Someone new whose first words were a command ("help") still gets the welcome and the consent question.
            var isNew = (await Services.State.RecordAsync(innerDc.Context, cancellationToken)).Consent == ConsentStatus.NotAsked;
            return isNew && answered.Status != DialogTurnStatus.Waiting
                ? await innerDc.BeginDialogAsync(StepsId, null, cancellationToken)
                : answered;
        }

        // After the plan (or a cancel) there is no open question, but her questions and corrections still get answers.
        if (await Services.Answers.TryHandleAsync(innerDc, cancellationToken) is { } understood)
        {
            return understood;
        }

        return await innerDc.BeginDialogAsync(StepsId, null, cancellationToken);
    }

    protected override async Task<DialogTurnResult?> OnCommandAsync(CommandContext context, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (command)
        {
            case CommandIds.Cancel when !context.InProgress:
                await context.SayAsync(Services.Commands.Text("nothingToCancel"), cancellationToken);
                return await context.ResumeAsync(cancellationToken);
            case CommandIds.Cancel:
                await context.SayAsync(Services.Commands.Text("cancelled"), cancellationToken);
                context.Marks.Position = null;
                return await context.Dc.CancelAllDialogsAsync(cancellationToken);
            case CommandIds.Restart:
                return await RestartAsync(context, cancellationToken);
        }

        return _handlers.For(command) is { } handler
            ? await handler.HandleAsync(context, cancellationToken)
            : await base.OnCommandAsync(context, command, cancellationToken);
    }

    private async Task<DialogTurnResult> RestartAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Record.Consent == ConsentStatus.Given)
        {
            context.Record.ClearAnswers();
            await Services.State.SaveAsync(context.Turn, context.Record, cancellationToken);
            await context.SayAsync(Services.Commands.Text("restarted"), cancellationToken);
        }

        context.Marks.Position = null;
        await context.Dc.CancelAllDialogsAsync(cancellationToken);
        return await context.Dc.BeginDialogAsync(StepsId, null, cancellationToken);
    }

    private async Task<DialogTurnResult> ConsentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var record = await Services.State.RecordAsync(step.Context, cancellationToken);
        switch (record.Consent)
        {
            case ConsentStatus.Given:
                return await step.NextAsync(true, cancellationToken);
            case ConsentStatus.Declined when Services.Commands.Match(step.Context.Activity) != CommandIds.Resume:
                var consent = Services.Script["consent"];
                await step.Context.SendActivitiesAsync(
                    [MessageFactory.Text(consent.Text("generalInfo")), MessageFactory.Text(Services.Commands.Text("notConsented"))], cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            default:
                // Asked again after a refusal ("start"): the welcome was already read, so only the question.
                return await step.BeginDialogAsync(nameof(ConsentDialog), record.Consent == ConsentStatus.Declined, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> PartStepAsync(WaterfallStepContext step, ScriptedPartDialog part, CancellationToken cancellationToken)
    {
        var record = await Services.State.RecordAsync(step.Context, cancellationToken);
        if (record.Consent != ConsentStatus.Given)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (record.HasCompleted(part.Part))
        {
            return await step.NextAsync(null, cancellationToken);
        }

        step.Values[AskedSomethingKey] = true;
        LogPartBegun(Services.Logger, part.Id, step.Context.Activity.Conversation?.Id);
        return await step.BeginDialogAsync(part.Id, null, cancellationToken);
    }

    private async Task<DialogTurnResult> PlanStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var record = await Services.State.RecordAsync(step.Context, cancellationToken);
        if (record.PlanReadyAt is not null && !step.Values.ContainsKey(AskedSomethingKey))
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(Services.Commands.Text("afterwards")), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var result = CoachingInputs.From(record).Assess();
        record.PlanReadyAt = Services.Time.GetUtcNow();
        await Services.State.SaveAsync(step.Context, record, cancellationToken);
        await step.Context.SendActivityAsync(Services.Messages.PlanMessage(result, step.Context.Activity.ChannelId), cancellationToken);
        LogPlanReady(Services.Logger, step.Context.Activity.Conversation?.Id);
        return await step.PromptAsync(SummaryPromptId, new PromptOptions { Prompt = MessageFactory.Text(Services.Commands.Text("summaryOffer")), MaxAttempts = 2 }, cancellationToken);
    }

    private async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.ResultAs<bool?>() == true)
        {
            var record = await Services.State.RecordAsync(step.Context, cancellationToken);
            await step.Context.SendActivityAsync(Services.Messages.ClinicianSummaryMessage(SummaryCommand.Render(record, Services.Time)), cancellationToken);
        }

        await step.Context.SendActivityAsync(MessageFactory.Text(Services.Commands.Text("afterPlan")), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "Coaching part begun: {DialogId} (conversation {ConversationId})")]
    private static partial void LogPartBegun(ILogger logger, string dialogId, string? conversationId);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "Plan ready (conversation {ConversationId})")]
    private static partial void LogPlanReady(ILogger logger, string? conversationId);
}
