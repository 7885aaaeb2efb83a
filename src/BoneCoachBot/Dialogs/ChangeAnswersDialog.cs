using BoneCoachBot.Script;
using BoneCoach.Assessment;
using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Wording;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// "change my answers": her answers listed by part; she picks one (its number, or words from its name); it is asked
/// again with her answer shown and kept through the same checks as the first time; questions that now apply after a
/// changed gate are asked; then what changed, in her answer and her plan, and back to where she was.
/// </summary>
public sealed class ChangeAnswersDialog : ComponentDialog
{
    private const string StepsId = nameof(ChangeAnswersDialog) + "Steps";
    private const string FollowUpsId = nameof(ChangeAnswersDialog) + "FollowUps";
    private const string PickPromptId = "changeAnswerPickPrompt";
    private const string BeforeKey = "answersBefore";
    private const string PickedKey = "picked";
    private const string PositionKey = "position";
    private const int MostButtons = 6;

    // "Right now, do you have chest pain ...?" was about that moment; changing it later is not a correction.
    private static readonly HashSet<string> NotChangeable = new(StringComparer.Ordinal) { "urgentNow" };

    private readonly QuestionAsking _services;
    private readonly AnswerGuide _guide;
    private readonly PartDialogs _parts;
    private readonly PlanChangeNotice _planChanges;

    public ChangeAnswersDialog(QuestionAsking services, AnswerGuide guide, PartDialogs parts, PlanChangeNotice planChanges)
        : base(nameof(ChangeAnswersDialog))
    {
        _services = services;
        _guide = guide;
        _parts = parts;
        _planChanges = planChanges;
        AddDialog(new WaterfallDialog(StepsId).AddStep(ListStepAsync).AddStep(AskStepAsync).AddStep(FollowUpsStepAsync).AddStep(ReportStepAsync));
        AddDialog(new WaterfallDialog(FollowUpsId).AddStep(AskFollowUpStepAsync).AddStep(LoopStepAsync));
        AddDialog(new TextPrompt(PickPromptId, PickAsync));
        AddDialog(new ScriptedQuestionDialog(services, (id, answers) => PartOf(id) is { } part && (_parts.For(part)?.Contradict(id, answers) ?? false)));
        QuestionPrompts.AddTo(this, services);
    }

    /// <summary>Her answers she may change: every stored one but those about a past moment.</summary>
    public static AnswerList Changeable(CoachingRecord record, ConversationScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return AnswerList.Of(record, script, id => !NotChangeable.Contains(id));
    }

    // An empty stack after the inner questions means a red flag ended everything (see ScriptedQuestionDialog): nothing
    // underneath is asked again after "call your emergency number".
    protected override async Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        if (result is null)
        {
            await outerDc.CancelAllDialogsAsync(cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }

        return await base.EndComponentAsync(outerDc, result, cancellationToken);
    }

    private async Task<DialogTurnResult> ListStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var record = await _services.State.RecordAsync(step.Context, cancellationToken);
        var marks = await _services.State.MarksAsync(step.Context, cancellationToken);
        step.Values[BeforeKey] = new Dictionary<string, StoredAnswer>(record.Answers, StringComparer.Ordinal);
        if (marks.Position is { } position)
        {
            step.Values[PositionKey] = position;
        }

        var list = Changeable(record, _services.Script).Render(_services.Script, _services.Commands.Text(CommandTextKeys.SkippedAnswer));
        var ask = $"{_services.Commands.Text(CommandTextKeys.ChangeWhich)}\n\n{list}";
        var retry = MessageFactory.Text(_services.Commands.Text(CommandTextKeys.ChangeNotFound));
        return await step.PromptAsync(PickPromptId, new PromptOptions { Prompt = MessageFactory.Text(ask), RetryPrompt = retry, MaxAttempts = 3, AllowSkip = true }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var record = await _services.State.RecordAsync(step.Context, cancellationToken);
        if (step.Outcome is not null || Changeable(record, _services.Script).Find(step.ResultAs<string>()) is not [var picked])
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_services.Commands.Text(CommandTextKeys.AnswersUnchanged)), cancellationToken);
            return await FinishAsync(step, cancellationToken);
        }

        step.Values[PickedKey] = picked.QuestionId;
        var ask = new QuestionAsk { Part = picked.Part, QuestionId = picked.QuestionId, Revisit = true };
        return await step.BeginDialogAsync(nameof(ScriptedQuestionDialog), ask, cancellationToken);
    }

    private async Task<DialogTurnResult> FollowUpsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var questionId = StateValue.As<string>(step.Values[PickedKey])!;
        var part = PartOf(questionId)!;
        var record = await _services.State.RecordAsync(step.Context, cancellationToken);
        // Inside a part she hasn't finished, that part's own questions come in their turn; only a finished part is revisited.
        return record.HasCompleted(part)
            ? await step.BeginDialogAsync(FollowUpsId, part, cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> ReportStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var questionId = StateValue.As<string>(step.Values[PickedKey])!;
        var before = StateValue.As<Dictionary<string, StoredAnswer>>(step.Values[BeforeKey])!;
        var record = await _services.State.RecordAsync(step.Context, cancellationToken);
        var old = before.GetValueOrDefault(questionId);
        var now = record.Answers.GetValueOrDefault(questionId);
        if (old == now)
        {
            await SayAsync(step, _services.Commands.Text(CommandTextKeys.AnswerKept), cancellationToken);
            return await FinishAsync(step, cancellationToken);
        }

        await SayAsync(step, Changed(questionId, old, now), cancellationToken);
        if (record.PlanReadyAt is not null && record.Consent == ConsentStatus.Given)
        {
            await _planChanges.TellAsync(step.Context, PlanSnapshot.Of(Assess(record, before)), CoachingInputs.From(record, _services.Script).Assess(), cancellationToken);
        }

        return await FinishAsync(step, cancellationToken);
    }

    private async Task<DialogTurnResult> AskFollowUpStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var part = step.GetOptions<string>() ?? StateValue.As<string>(step.Options)!;
        var dialog = _parts.For(part)!;
        var record = await _services.State.RecordAsync(step.Context, cancellationToken);
        var questions = _services.Script[part].Questions;
        // An answer whose gate she has now closed ("no" falls after all) would contradict the new one: it goes, as "back" does.
        foreach (var stale in questions.Where(q => record.Answers.ContainsKey(q.Id) && !dialog.Asks(q.Id, record.Sheet)).ToList())
        {
            record.Answers.Remove(stale.Id);
        }

        // A question her new answer opens is asked now, as the first pass would; one left for later stays for fine-tune.
        var next = questions.FirstOrDefault(q => !record.Answers.ContainsKey(q.Id) && dialog.AsksFirst(q.Id, record.Sheet));
        return next is null
            ? await step.EndDialogAsync(true, cancellationToken)
            : await step.BeginDialogAsync(nameof(ScriptedQuestionDialog), new QuestionAsk { Part = part, QuestionId = next.Id }, cancellationToken);
    }

    private async Task<DialogTurnResult> LoopStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.ReplaceDialogAsync(FollowUpsId, step.Options, cancellationToken);

    private string Changed(string questionId, StoredAnswer? old, StoredAnswer? now)
    {
        var skipped = _services.Commands.Text(CommandTextKeys.SkippedAnswer);
        var label = _services.Script[AnswerGuide.ScriptName].Facts.FirstOrDefault(f => f.Question == questionId)?.Label ?? questionId;
        return Capitalised(_guide.Text(AnswerTextKeys.Changed)
            .Replace("{label}", label, StringComparison.Ordinal)
            .Replace("{value}", now is null || now.Skipped ? skipped : now.Readable, StringComparison.Ordinal)
            .Replace("{old}", old is null || old.Skipped ? skipped : old.Readable, StringComparison.Ordinal));
    }

    // Back where she was: the question open under this dialog is asked again by its container, its position restored.
    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var position = step.Values.TryGetValue(PositionKey, out var stored) ? StateValue.As<QuestionPosition>(stored) : null;
        await _services.State.SetPositionAsync(step.Context, position, cancellationToken);
        return await step.EndDialogAsync(true, cancellationToken);
    }

    private string? PartOf(string questionId) =>
        CoachingParts.InOrder.FirstOrDefault(part => _services.Script[part].Questions.Any(q => q.Id == questionId));

    private static AssessmentResult Assess(CoachingRecord record, Dictionary<string, StoredAnswer> answers) =>
        CoachingInputs.From(new CoachingRecord { Consent = record.Consent, Answers = new(answers, StringComparer.Ordinal), PlanReadyAt = record.PlanReadyAt }).Assess();

    private async Task<bool> PickAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var record = await _services.State.RecordAsync(prompt.Context, cancellationToken);
        var found = Changeable(record, _services.Script).Find(prompt.Recognized.Value);
        if (found.Count <= 1)
        {
            return found.Count == 1;
        }

        // Several names hold her words ("height"): the closest few as buttons, so one tap picks.
        var buttons = found.Take(MostButtons).Select(e => $"{e.Number}. {Capitalised(e.Label)}").ToList();
        await prompt.Context.SendActivityAsync(MessageFactory.SuggestedActions(buttons, _services.Commands.Text(CommandTextKeys.ChangeWhichOfThese), null, null, null), cancellationToken);
        return false;
    }

    private static Task SayAsync(DialogContext dc, string text, CancellationToken cancellationToken) =>
        dc.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
