using BoneCoach.Assessment;
using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;
using BoneCoachBot.Wording;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// One file of dialogs/ as a waterfall: a step per question, in script order, then a closing step (layer feedback
/// from the core, or the script's "done" text). A question already answered is passed over (so a part left with
/// "cancel" resumes where it stopped); one that does not apply to her (<see cref="Applies"/>) is not asked.
/// </summary>
public abstract class ScriptedPartDialog : ComponentDialog
{
    private readonly Layer? _layer;
    private readonly ICoachingMessages _messages;

    protected ScriptedPartDialog(string dialogId, string part, Layer? layer, QuestionAsking asking, ICoachingMessages messages)
        : base(dialogId)
    {
        ArgumentNullException.ThrowIfNull(asking);
        ArgumentNullException.ThrowIfNull(messages);
        Asking = asking;
        _messages = messages;
        Part = part;
        _layer = layer;
        var steps = new WaterfallDialog(part + "Steps");
        foreach (var question in Questions.Questions) // the ids and order, the same in every language
        {
            steps.AddStep((step, ct) => AskStepAsync(step, question, ct));
        }

        steps.AddStep(CloseStepAsync);
        AddDialog(steps);
        AddDialog(new ScriptedQuestionDialog(asking, Contradicts));
        QuestionPrompts.AddTo(this, asking);
    }

    protected QuestionAsking Asking { get; }

    /// <summary>The script file this dialog asks ("loading").</summary>
    public string Part { get; }

    /// <summary>This part's script in the turn's language.</summary>
    protected DialogScript Questions => Asking.Script[Part];

    /// <summary>Whether a question applies given her answers so far (a follow-up after "yes", for one).</summary>
    protected virtual bool Applies(string questionId, AnswerSheet answers) => true;

    /// <summary>Whether this part asks <paramref name="questionId"/> of her, given her answers (see <see cref="Applies"/>).</summary>
    public bool Asks(string questionId, AnswerSheet answers) => Applies(questionId, answers);

    /// <summary>Whether her answers hold a contradiction at <paramref name="questionId"/> (see <see cref="Contradicts"/>).</summary>
    public bool Contradict(string questionId, AnswerSheet answers) => Contradicts(questionId, answers);

    /// <summary>How far she is in this part: the question she is at (answered + 1) and how many it asks her, given her answers so far.</summary>
    public (int At, int Of) Progress(AnswerSheet answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var answered = Questions.Questions.Count(q => answers.IsAnswered(q.Id));
        var toAsk = Questions.Questions.Count(q => !answers.IsAnswered(q.Id) && Applies(q.Id, answers));
        return (answered + 1, answered + Math.Max(toAsk, 1));
    }

    /// <summary>Whether her answer to <paramref name="questionId"/> cannot be true together with her earlier answers.</summary>
    protected virtual bool Contradicts(string questionId, AnswerSheet answers) => false;

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        // Re-entered ("back" from the next part, or resumed in a new conversation): she has read the introduction already.
        var record = await Asking.State.RecordAsync(innerDc.Context, cancellationToken);
        var begun = options is RevisitAt || Questions.Questions.Any(q => record.Answers.ContainsKey(q.Id));
        if (!begun && Questions.Texts.TryGetValue("intro", out var intro))
        {
            await innerDc.Context.SendActivityAsync(MessageFactory.Text(intro), cancellationToken);
        }

        return await base.OnBeginDialogAsync(innerDc, options, cancellationToken);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, QuestionScript question, CancellationToken cancellationToken)
    {
        var record = await Asking.State.RecordAsync(step.Context, cancellationToken);
        if (!Applies(question.Id, record.Sheet))
        {
            // An answer from before "back" changed its reason would contradict the new one.
            record.Answers.Remove(question.Id);
            return await step.NextAsync(null, cancellationToken);
        }

        var revisit = step.IsBack || step.GetOptions<RevisitAt>()?.QuestionId == question.Id;
        if (record.Answers.ContainsKey(question.Id) && !revisit)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var ask = new QuestionAsk { Part = Part, QuestionId = question.Id, Revisit = revisit && record.Answers.ContainsKey(question.Id) };
        return await step.BeginDialogAsync(nameof(ScriptedQuestionDialog), ask, cancellationToken);
    }

    private async Task<DialogTurnResult> CloseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var record = await Asking.State.RecordAsync(step.Context, cancellationToken);
        record.Complete(Part);
        await Asking.State.SaveAsync(step.Context, record, cancellationToken);
        var inputs = CoachingInputs.From(record);
        var closing = _layer is { } layer
            ? _messages.LayerFeedback(inputs.Assess(), layer)
            : Questions.Texts.GetValueOrDefault("done");
        if (!string.IsNullOrWhiteSpace(closing))
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(closing), cancellationToken);
        }

        return await step.EndDialogAsync(Part, cancellationToken);
    }
}
