using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Language;
using BoneCoachBot.Script;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// Asks one question of the script and keeps her answer: picks the prompt by answer type, stores the value,
/// tells any new red flag. Three unusable answers lead to one relaxed round (skip offered), never a loop.
/// "back" at its question passes to the part's waterfall, which asks the previous question again.
/// </summary>
public sealed class ScriptedQuestionDialog : WaterfallDialog
{
    private readonly QuestionAsking _asking;
    private readonly Func<string, AnswerSheet, bool> _contradicts;

    /// <param name="contradicts">Whether an answer, kept with the earlier ones, cannot all be true; it is then asked again.</param>
    public ScriptedQuestionDialog(QuestionAsking asking, Func<string, AnswerSheet, bool> contradicts)
        : base(nameof(ScriptedQuestionDialog))
    {
        _asking = asking;
        _contradicts = contradicts;
        PassBackToParent = true;
        AddStep(AskStepAsync);
        AddStep(KeepAnswerStepAsync);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var ask = step.GetOptions<QuestionAsk>()!;
        var question = _asking.Script[ask.Part].Question(ask.QuestionId);
        await _asking.State.SetPositionAsync(step.Context, new QuestionPosition(ask.Part, ask.QuestionId), cancellationToken);
        var record = await _asking.State.RecordAsync(step.Context, cancellationToken);
        if (ask.Revisit && !ask.Relaxed && record.Answers.TryGetValue(question.Id, out var given))
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(RevisitText(question, given)), cancellationToken);
        }
        else if (!ask.Relaxed && !record.Answers.ContainsKey(question.Id) && _asking.PastFracture is { } mention
            && await mention.LeadInAsync(step.Context, question.Id, cancellationToken) is { } leadIn)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(leadIn), cancellationToken);
        }

        var imperial = RetryWording.Imperial(step.Context.Activity, record);
        return await step.PromptAsync(QuestionPrompts.IdFor(question.Answer.Type), QuestionPrompts.Options(question, _asking, ask.Relaxed, imperial), cancellationToken);
    }

    private async Task<DialogTurnResult> KeepAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var ask = step.GetOptions<QuestionAsk>()!;
        if (step.Outcome is GaveUp && !ask.Relaxed)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_asking.Commands.Text(CommandTextKeys.GaveUp)), cancellationToken);
            return await step.ReplaceDialogAsync(Id, new QuestionAsk { Part = ask.Part, QuestionId = ask.QuestionId, Relaxed = true }, cancellationToken);
        }

        if (DeclinedQuestion.Is(step.Context, ask.QuestionId) && !ask.Relaxed)
        {
            // She'd rather not say: the answers layer said why it matters; now skip is hers to choose.
            return await step.ReplaceDialogAsync(Id, new QuestionAsk { Part = ask.Part, QuestionId = ask.QuestionId, Relaxed = true }, cancellationToken);
        }

        var question = _asking.Script[ask.Part].Question(ask.QuestionId);
        var record = await _asking.State.RecordAsync(step.Context, cancellationToken);
        if (step.Result is KeepAnswer && record.Answers.ContainsKey(question.Id))
        {
            // "keep" at a question asked again: her earlier answer stands, nothing is read or stored.
            await _asking.State.SetPositionAsync(step.Context, null, cancellationToken);
            return await step.EndDialogAsync(question.Id, cancellationToken);
        }

        if (!QuestionGates.Allow(question, record.Sheet))
        {
            // Her answer closed this question's own gate ("never" at how many falls, after she ticked a fall): nothing is kept for it.
            await _asking.State.SetPositionAsync(step.Context, null, cancellationToken);
            return await step.EndDialogAsync(question.Id, cancellationToken);
        }

        // Skipped, or still unusable after the relaxed round: kept as skipped, so the core treats it as unknown.
        var answer = TakenAnswer.For(step.Context, question.Id)
            ?? (step.Outcome is null ? _asking.Reading.Read(question, step, _asking.Today) ?? StoredAnswer.SkippedAnswer : StoredAnswer.SkippedAnswer);
        if (!answer.Skipped && Contradicts(question.Id, answer, record))
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_asking.Commands.Text(CommandTextKeys.Contradiction)), cancellationToken);
            return await step.ReplaceDialogAsync(Id, ask, cancellationToken);
        }

        var listedBefore = record.Answers.GetValueOrDefault(question.Id);
        record.Answers[question.Id] = answer;
        await KeepFillsAsync(step.Context, question, answer, listedBefore, record, cancellationToken);
        if (question.Answer.Type == AnswerType.MultiChoice)
        {
            // An amount she gave earlier ("1000 IU of D3") keeps its tick in the list she has just answered.
            ListFills.AdmitKept(_asking.Script, record.Answers);
        }

        await _asking.State.SaveAsync(step.Context, record, cancellationToken);
        await _asking.State.SetPositionAsync(step.Context, null, cancellationToken);
        var marks = await _asking.State.MarksAsync(step.Context, cancellationToken);
        marks.LastAnswered = answer.Skipped ? null : question.Id;
        marks.JustSkipped = answer.Skipped ? question.Id : null;
        if (await _asking.RedFlags.TellNewAsync(step.Context, record, cancellationToken))
        {
            // After "call your emergency number now" no next question: the coaching stack ends and her next message picks up here.
            await RootOf(step).CancelAllDialogsAsync(cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }

        return await step.EndDialogAsync(question.Id, cancellationToken);
    }

    /// <summary>The options of the scripted question open in <paramref name="dc"/> (the innermost context), or null.</summary>
    public static QuestionAsk? OpenAsk(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.Stack.FirstOrDefault(i => i.Id == nameof(ScriptedQuestionDialog));
        // "options" is where a waterfall keeps the options it was begun with.
        return instance is not null && instance.State.TryGetValue("options", out var options) ? StateValue.As<QuestionAsk>(options) : null;
    }

    // Her answer in the turn's language: asked again after she switched, "Sí" reads "Yes".
    private string RevisitText(QuestionScript question, StoredAnswer given) =>
        given.Skipped
            ? _asking.Commands.Text(CommandTextKeys.RevisitSkipped)
            : _asking.Commands.Text(CommandTextKeys.RevisitAnswer).Replace("{answer}", SpokenAnswer.Of(question, given, _asking.Commands.Script), StringComparison.Ordinal);

    // The context MainDialog runs its parts in: the last one below the turn's own dialog context.
    private static DialogContext RootOf(DialogContext dc)
    {
        while (dc.Parent?.Parent is not null)
        {
            dc = dc.Parent!;
        }

        return dc;
    }

    // The questions a list answers with its ticks, each kept as yes or no; a yes she told elsewhere stays (and is ticked).
    private async Task KeepFillsAsync(ITurnContext context, QuestionScript question, StoredAnswer answer, StoredAnswer? listedBefore, CoachingRecord record, CancellationToken cancellationToken)
    {
        foreach (var (filled, value) in _asking.Reading.Fills(question, answer, _asking.Script))
        {
            if (SaidYesElsewhere(question, listedBefore, record.Answers.GetValueOrDefault(filled), filled, value))
            {
                ListFills.TickFilling(_asking.Script, record.Answers, filled);
                if (_asking.Label(filled) is { } label)
                {
                    var kept = _asking.Commands.Text(CommandTextKeys.KeptEarlierYes).Replace("{label}", label, StringComparison.Ordinal);
                    await context.SendActivityAsync(MessageFactory.Text(kept), cancellationToken);
                }
            }
            else if (_asking.PastFracture is null || !await _asking.PastFracture.KeepsAskingAsync(context, question, answer, filled, value, cancellationToken))
            {
                record.Answers[filled] = value;
            }
        }
    }

    // "I fell last month" at the age question, then "none" at the history list: the list's untick would answer the falls
    // question no, over the yes she told. A yes that did not come from this list's own earlier ticks is kept.
    private static bool SaidYesElsewhere(QuestionScript list, StoredAnswer? listedBefore, StoredAnswer? kept, string filled, StoredAnswer value)
    {
        var fillsWith = list.Answer.Choices.First(c => c.Fills == filled).Value;
        return IsYes(kept) && !IsYes(value) && listedBefore?.Choices?.Contains(fillsWith, StringComparer.Ordinal) != true;
    }

    private static bool IsYes(StoredAnswer? answer) => answer is { YesNo: true } or { Choice: "yes" };

    // Checked on a copy, so the stored answers never hold a contradiction, not even for one turn.
    private bool Contradicts(string questionId, StoredAnswer answer, CoachingRecord record)
    {
        var trial = new Dictionary<string, StoredAnswer>(record.Answers) { [questionId] = answer };
        return _contradicts(questionId, new AnswerSheet(trial));
    }
}
