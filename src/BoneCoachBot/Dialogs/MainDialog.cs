using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Script;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// The conversation: consent, onboarding, the five layers in the seed's order, then the plan (<see cref="PlanDialog"/>).
/// Parts she has finished are passed over, so the same dialog resumes her, and after the plan any message gets the
/// "afterwards" answer. Her commands never reach it: the bot's message path answers them first. Begun with a
/// <see cref="RevisitAt"/> ("back" across parts), it re-enters that part at that question.
/// </summary>
public sealed partial class MainDialog : ComponentDialog
{
    private const string StepsId = nameof(MainDialog) + "Steps";
    private const string AskedSomethingKey = "askedSomething";
    private readonly CoachingState _state;
    private readonly ConversationScript _script;
    private readonly CommandCatalog _commands;
    private readonly ILogger<MainDialog> _logger;

    public MainDialog(CoachingState state, ConversationScript script, CommandCatalog commands, ILogger<MainDialog> logger,
        ConsentDialog consent, OnboardingDialog onboarding, LoadingDialog loading, HormonesDialog hormones, DietDialog diet,
        InflammationDialog inflammation, SupplementsDialog supplements, PlanDialog plan)
        : base(nameof(MainDialog))
    {
        _state = state;
        _script = script;
        _commands = commands;
        _logger = logger;
        AddDialog(new WaterfallDialog(StepsId)
            .AddStep(ConsentStepAsync)
            .AddStep((step, ct) => PartStepAsync(step, onboarding, ct))
            .AddStep((step, ct) => PartStepAsync(step, loading, ct))
            .AddStep((step, ct) => PartStepAsync(step, hormones, ct))
            .AddStep((step, ct) => PartStepAsync(step, diet, ct))
            .AddStep((step, ct) => PartStepAsync(step, inflammation, ct))
            .AddStep((step, ct) => PartStepAsync(step, supplements, ct))
            .AddStep(PlanStepAsync));
        foreach (var dialog in new Dialog[] { consent, onboarding, loading, hormones, diet, inflammation, supplements, plan })
        {
            AddDialog(dialog);
        }
    }

    private async Task<DialogTurnResult> ConsentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var record = await _state.RecordAsync(step.Context, cancellationToken);
        switch (record.Consent)
        {
            case ConsentStatus.Given:
                return await step.NextAsync(true, cancellationToken);
            case ConsentStatus.Declined when _commands.Match(step.Context.Activity) != CommandIds.Resume:
                await step.Context.SendActivitiesAsync(
                    [MessageFactory.Text(_script[ScriptParts.Consent].Text(ConsentTextKeys.GeneralInfo)), MessageFactory.Text(_commands.Text(CommandTextKeys.NotConsented))], cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            default:
                // Asked again after a refusal ("start"): the welcome was already read, so only the question.
                return await step.BeginDialogAsync(nameof(ConsentDialog), record.Consent == ConsentStatus.Declined, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> PartStepAsync(WaterfallStepContext step, ScriptedPartDialog part, CancellationToken cancellationToken)
    {
        var record = await _state.RecordAsync(step.Context, cancellationToken);
        if (record.Consent != ConsentStatus.Given)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (record.HasCompleted(part.Part))
        {
            return await step.NextAsync(null, cancellationToken);
        }

        step.Values[AskedSomethingKey] = true;
        LogPartBegun(_logger, part.Id, step.Context.Activity.Conversation?.Id);
        var revisit = step.GetOptions<RevisitAt>();
        return await step.BeginDialogAsync(part.Id, revisit?.Part == part.Part ? revisit : null, cancellationToken);
    }

    private async Task<DialogTurnResult> PlanStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var record = await _state.RecordAsync(step.Context, cancellationToken);
        if (record.PlanReadyAt is not null && !step.Values.ContainsKey(AskedSomethingKey))
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_commands.Text(CommandTextKeys.Afterwards)), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.BeginDialogAsync(nameof(PlanDialog), null, cancellationToken);
    }

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "Coaching part begun: {DialogId} (conversation {ConversationId})")]
    private static partial void LogPartBegun(ILogger logger, string dialogId, string? conversationId);
}
