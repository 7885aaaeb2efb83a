using BoneCoachBot.Wording;
using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs.Questions;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// Asks questions the first pass left for later (<see cref="NotAskedYet"/>), one at a time with the scripted question
/// dialog, then rebuilds the plan and tells her what changed (and shows the plan when something did). Ends with
/// true when it asked anything.
/// </summary>
public sealed class DeepenDialog : ComponentDialog
{
    private const string StepsId = nameof(DeepenDialog) + "Steps";
    private readonly QuestionAsking _services;
    private readonly PlanChangeNotice _planChanges;

    public DeepenDialog(QuestionAsking services, PlanChangeNotice planChanges)
        : base(nameof(DeepenDialog))
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _planChanges = planChanges;
        AddDialog(new WaterfallDialog(StepsId).AddStep(AskNextStepAsync).AddStep(CountAnswerStepAsync));
        // The questions left for later are never weight, height or menopause date, the ones that can contradict others.
        AddDialog(new ScriptedQuestionDialog(services, (_, _) => false));
        QuestionPrompts.AddTo(this, services);
    }

    private async Task<DialogTurnResult> AskNextStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var ask = step.GetOptions<DeepenAsk>() ?? new DeepenAsk();
        var record = await _services.State.RecordAsync(step.Context, cancellationToken);
        if (ask.Before is null)
        {
            var before = PlanSnapshot.Of(CoachingInputs.From(record, _services.Script).Assess());
            return await step.ReplaceDialogAsync(StepsId, ask with { Before = before }, cancellationToken);
        }

        var next = ask.Max is { } max && ask.Asked >= max ? default
            : NotAskedYet.Questions(_services.Script, record.Sheet, ask.Part).FirstOrDefault(q => !ask.Except.Contains(q.Question.Id));
        if (next.Question is null)
        {
            return await FinishAsync(step, ask, record, cancellationToken);
        }

        if (ask.Asked == 0 && ask.Intro is { } intro)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(intro), cancellationToken);
        }

        return await step.BeginDialogAsync(nameof(ScriptedQuestionDialog), new QuestionAsk { Part = next.Part, QuestionId = next.Question.Id }, cancellationToken);
    }

    private async Task<DialogTurnResult> CountAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var ask = step.GetOptions<DeepenAsk>()!;
        return await step.ReplaceDialogAsync(StepsId, ask with { Asked = ask.Asked + 1 }, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, DeepenAsk ask, CoachingRecord record, CancellationToken cancellationToken)
    {
        if (ask.Asked == 0)
        {
            return await step.EndDialogAsync(false, cancellationToken);
        }

        await _planChanges.TellAsync(step.Context, ask.Before!, CoachingInputs.From(record, _services.Script).Assess(), cancellationToken);

        return await step.EndDialogAsync(true, cancellationToken);
    }
}
