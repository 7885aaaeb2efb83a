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
/// "cancel" resumes where it stopped); one whose askIf gates do not hold is not asked. The first pass leaves the "later" questions; begun with <see cref="PartPass.Deepen"/> it asks only those.
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

    /// <summary>Whether this part asks <paramref name="questionId"/> of her, given her answers (its askIf gates hold).</summary>
    public bool Asks(string questionId, AnswerSheet answers) =>
        Questions.Questions.FirstOrDefault(q => q.Id == questionId) is { } question && QuestionGates.Allow(question, answers);

    /// <summary>Whether the first pass asks <paramref name="questionId"/>: its gates hold and it is not left for later.</summary>
    public bool AsksFirst(string questionId, AnswerSheet answers) =>
        Asks(questionId, answers) && (!Questions.Question(questionId).Later || Asking.AskEverythingFirst);

    /// <summary>Whether her answers hold a contradiction at <paramref name="questionId"/> (see <see cref="Contradicts"/>).</summary>
    public bool Contradict(string questionId, AnswerSheet answers) => Contradicts(questionId, answers);

    /// <summary>
    /// How far she is in this part: the question she is at (answered + 1) and how many it asks her, given her answers so
    /// far. Answers a list gave for her (the history list answers the falls question) were never asked, so don't count.
    /// </summary>
    public (int At, int Of) Progress(AnswerSheet answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var answered = Questions.Questions.Count(q => answers.IsAnswered(q.Id) && !ListFills.Filled(Asking.Script, answers, q.Id));
        var toAsk = Questions.Questions.Count(q => !answers.IsAnswered(q.Id) && AsksFirst(q.Id, answers));
        return (answered + 1, answered + Math.Max(toAsk, 1));
    }

    /// <summary>Whether her answer to <paramref name="questionId"/> cannot be true together with her earlier answers.</summary>
    protected virtual bool Contradicts(string questionId, AnswerSheet answers) => false;

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        // Re-entered ("back" from the next part, or resumed in a new conversation): she has read the introduction already.
        // Fine-tune asks a few deeper questions: no introduction either.
        var record = await Asking.State.RecordAsync(innerDc.Context, cancellationToken);
        var begun = options is RevisitAt or PartPass { Deepen: true } || HasBegun(record);
        if (!begun && Questions.Texts.TryGetValue("intro", out var intro))
        {
            await innerDc.Context.SendActivityAsync(MessageFactory.Text(intro), cancellationToken);
        }

        return await base.OnBeginDialogAsync(innerDc, options, cancellationToken);
    }

    // Answers a list filled in (the history list answers loading's falls and fractures) don't mean she has begun the part.
    private bool HasBegun(CoachingRecord record) =>
        Questions.Questions.Any(q => record.Answers.ContainsKey(q.Id) && !ListFills.Filled(Asking.Script, record.Sheet, q.Id));

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, QuestionScript question, CancellationToken cancellationToken)
    {
        var record = await Asking.State.RecordAsync(step.Context, cancellationToken);
        var deepen = step.GetOptions<PartPass>()?.Deepen == true;
        if (!QuestionGates.Allow(question, record.Sheet))
        {
            // An answer from before "back" changed its reason would contradict the new one.
            record.Answers.Remove(question.Id);
            return await step.NextAsync(null, cancellationToken);
        }

        // Not asked yet stays not asked (no answer kept) until fine-tune or a check-in asks it; once answered, "back" and
        // "change my answers" reach it like any other.
        var revisit = step.IsBack || step.GetOptions<RevisitAt>()?.QuestionId == question.Id;
        var leftForLater = question.Later && !deepen && !Asking.AskEverythingFirst && !record.Answers.ContainsKey(question.Id);
        if ((record.Answers.ContainsKey(question.Id) && !revisit) || leftForLater || (!question.Later && deepen))
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var ask = new QuestionAsk { Part = Part, QuestionId = question.Id, Revisit = revisit && record.Answers.ContainsKey(question.Id) };
        return await step.BeginDialogAsync(nameof(ScriptedQuestionDialog), ask, cancellationToken);
    }

    private async Task<DialogTurnResult> CloseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<PartPass>()?.Deepen == true)
        {
            // Fine-tune says what changed in the plan itself.
            return await step.EndDialogAsync(Part, cancellationToken);
        }

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

/// <summary>How a part is asked: the first pass (what the plan needs most) or, later, its deeper questions.</summary>
public sealed record PartPass(bool Deepen);
