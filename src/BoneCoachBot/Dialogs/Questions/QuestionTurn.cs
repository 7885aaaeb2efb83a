using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Script;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// Her words about the conversation, before the open question's prompt sees them: a safety value waiting for her
/// "yes", her questions (glossary, FAQ, why), corrections to earlier answers (the plan is rebuilt when it exists),
/// several facts in one message, "I don't know", an answer to a different question, and the first miss.
/// Entry point: <see cref="TryHandleAsync"/> with the dialog context whose active dialog is the open prompt (or none,
/// after the plan). Null lets the message through to the prompt.
/// </summary>
public sealed class QuestionTurn
{
    private readonly CoachingServices _services;
    private readonly AnswerReader _reader;
    private readonly MessageReader _messages;
    private readonly HerQuestions _questions;
    private readonly AnswerCorrections _corrections;

    public QuestionTurn(CoachingServices services, AnswerGuide guide)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(guide);
        _services = services;
        Guide = guide;
        _reader = new AnswerReader(guide, services.Commands);
        _messages = new MessageReader(guide, _reader);
        _questions = new HerQuestions(guide, services.Commands);
        _corrections = new AnswerCorrections(guide, _reader);
        Retry = new RetryWording(guide);
    }

    public AnswerGuide Guide { get; }

    public RetryWording Retry { get; }

    public AnswerReader Reader => _reader;

    public MessageReader Messages => _messages;

    public async Task<DialogTurnResult?> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(activity.Text))
        {
            return null;
        }

        var record = await _services.State.RecordAsync(dc.Context, cancellationToken);
        if (record.Consent != ConsentStatus.Given)
        {
            return null;
        }

        var marks = await _services.State.MarksAsync(dc.Context, cancellationToken);
        var turn = new Turn(dc, record, marks, OpenQuestion(dc, marks), activity.Text.Trim(),
            new ReadOptions(PromptCulture.Resolve(activity.Locale, null), _services.Today), RetryWording.Imperial(activity, record));
        return await ReadBackAsync(turn, cancellationToken)
            ?? await HerQuestionAsync(turn, cancellationToken)
            ?? await CorrectionAsync(turn, cancellationToken)
            ?? await OpenAnswerAsync(turn, cancellationToken);
    }

    // A safety value read back: "yes" keeps it, "no" asks again, anything else is read as a new answer.
    private async Task<DialogTurnResult?> ReadBackAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Marks.ReadBack is not { } pending)
        {
            return null;
        }

        turn.Marks.ReadBack = null;
        if (turn.Open?.Question.Id != pending.QuestionId)
        {
            return null;
        }

        switch (ConfirmWords.For(turn.Options.Culture).Match(turn.Text))
        {
            case true:
                await SayAsync(turn, Guide.Text("readBackYes"), cancellationToken);
                return await CompleteAsync(turn, pending.Answer, cancellationToken);
            case false:
                await SayAsync(turn, Guide.Text("readBackNo"), cancellationToken);
                return Dialog.EndOfTurn;
            default:
                return null;
        }
    }

    private async Task<DialogTurnResult?> HerQuestionAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!_questions.IsQuestion(turn.Text))
        {
            return null;
        }

        if (_questions.Answer(turn.Text, turn.Open?.Question) is { } answer)
        {
            await SayAsync(turn, answer, cancellationToken);
            return await AskAgainAsync(turn, cancellationToken);
        }

        // A question with an answer in it ("62?") is still an answer; anything else gets the honest reply, not the question again.
        if (turn.Open is not null && _reader.Read(turn.Open.Question, turn.Text, turn.Options).Kind != AnswerReadKind.Unread)
        {
            return null;
        }

        await SayAsync(turn, _questions.CantAnswer, cancellationToken);
        return turn.Dc.ActiveDialog is null ? Done : Dialog.EndOfTurn;
    }

    private async Task<DialogTurnResult?> CorrectionAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!Guide.LooksLikeCorrection(turn.Text))
        {
            return null;
        }

        var correction = _corrections.Find(turn.Text, turn.Record.Answers, turn.Open?.Question.Id, turn.Options);
        if (correction is null)
        {
            if (turn.Open is not null && _messages.Read(turn.Open.Question, Phrases.WithoutOldValue(turn.Text), turn.Options, turn.Record.Answers).Open.IsValue)
            {
                return null;
            }

            await SayAsync(turn, Guide.Text("whichAnswer"), cancellationToken);
            return await AskAgainAsync(turn, cancellationToken);
        }

        turn.Record.Answers[correction.Question.Question.Id] = correction.New;
        var fact = Guide.Fact(correction.Question.Question.Id)!;
        var said = correction.Old is { } old
            ? Guide.Text("changed").Replace("{label}", fact.Label, StringComparison.Ordinal).Replace("{value}", correction.New.Readable, StringComparison.Ordinal)
                .Replace("{old}", old.Readable, StringComparison.Ordinal)
            : Guide.Text("changedNew").Replace("{label}", fact.Label, StringComparison.Ordinal).Replace("{value}", correction.New.Readable, StringComparison.Ordinal);
        await SayAsync(turn, Capitalised(said), cancellationToken);
        await _services.State.SaveAsync(turn.Context, turn.Record, cancellationToken);
        await RedFlagWatch.TellNewAsync(turn.Context, turn.Record, _services, cancellationToken);
        if (turn.Record.PlanReadyAt is not null)
        {
            await SayAsync(turn, Guide.Text("planRebuilt"), cancellationToken);
            await turn.Context.SendActivityAsync(_services.Messages.PlanMessage(CoachingInputs.From(turn.Record).Assess(), turn.Context.Activity.ChannelId), cancellationToken);
        }

        return await AskAgainAsync(turn, cancellationToken);
    }

    private async Task<DialogTurnResult?> OpenAnswerAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Open is not { } open)
        {
            return null;
        }

        var reading = _messages.Read(open.Question, turn.Text, turn.Options, turn.Record.Answers);
        var fresh = reading.Facts.Where(f => !f.AlreadyAnswered).ToList();
        await NoteAsync(turn, reading.Open.IsValue && fresh.Count > 0 ? open : null, reading.Open, fresh, cancellationToken);
        switch (reading.Open.Kind)
        {
            case AnswerReadKind.Value:
                return await ValueAsync(turn, reading.Open, cancellationToken);
            case AnswerReadKind.Unknown:
                return await UnknownAsync(turn, cancellationToken);
            case AnswerReadKind.OutOfRange when open.Question.Answer.Type == AnswerType.Quantity && reading.Open.Answer is { } number
                && !number.Readable.Contains(' ', StringComparison.Ordinal):
                // A bare number no unit makes sensible ("-2.8" for height lost): say what we read and what we need.
                await SayAsync(turn, Retry.Understood(open.Question, number.Readable, turn.Imperial), cancellationToken);
                return Dialog.EndOfTurn;
            case AnswerReadKind.OutOfRange or AnswerReadKind.Ambiguous:
                return null;
        }

        if (fresh.Count > 0)
        {
            return await AskAgainAsync(turn, cancellationToken);
        }

        if (reading.Facts.FirstOrDefault(f => f.AlreadyAnswered) is { } known)
        {
            await SayAsync(turn, Capitalised(Guide.Text("otherQuestion").Replace("{label}", known.Fact.Label, StringComparison.Ordinal)
                .Replace("{value}", known.Answer.Readable, StringComparison.Ordinal)), cancellationToken);
            return await AskAgainAsync(turn, cancellationToken);
        }

        return await MissAsync(turn, cancellationToken);
    }

    // Facts for other questions are kept at once; the open question's own value joins the "Noted:" line when there are others.
    private async Task NoteAsync(Turn turn, PartQuestion? open, AnswerRead openRead, List<FactFill> fresh, CancellationToken cancellationToken)
    {
        if (fresh.Count == 0)
        {
            return;
        }

        foreach (var fact in fresh)
        {
            turn.Record.Answers[fact.Question.Question.Id] = fact.Answer;
        }

        var noted = fresh.Select(f => Noted(f.Fact, f.Answer));
        if (open is not null && Guide.Fact(open.Question.Id) is { } openFact)
        {
            noted = noted.Prepend(Noted(openFact, openRead.Answer!));
        }

        await SayAsync(turn, Guide.Text("noted").Replace("{facts}", string.Join(", ", noted), StringComparison.Ordinal), cancellationToken);
        await _services.State.SaveAsync(turn.Context, turn.Record, cancellationToken);
        if (!openRead.IsValue)
        {
            await RedFlagWatch.TellNewAsync(turn.Context, turn.Record, _services, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> ValueAsync(Turn turn, AnswerRead read, CancellationToken cancellationToken)
    {
        var fact = Guide.Fact(turn.Open!.Question.Id);
        if (read.FromSentence && fact?.ReadBack is { } readBack)
        {
            // A safety value from a sentence is kept only once she confirms it.
            turn.Marks.ReadBack = new PendingReadBack(turn.Open.Question.Id, read.Answer!);
            var ask = MessageFactory.Text(readBack.Replace("{value}", ValueOnly(read.Answer!), StringComparison.Ordinal));
            ask.SuggestedActions = new SuggestedActions { Actions = [YesNoAction(true), YesNoAction(false)] };
            await turn.Context.SendActivityAsync(ask, cancellationToken);
            return Dialog.EndOfTurn;
        }

        return await CompleteAsync(turn, read.Answer!, cancellationToken);
    }

    private async Task<DialogTurnResult> UnknownAsync(Turn turn, CancellationToken cancellationToken)
    {
        var question = turn.Open!.Question;
        if (question.Optional)
        {
            await SayAsync(turn, Guide.Text("unknownOk"), cancellationToken);
            return await CompleteAsync(turn, StoredAnswer.SkippedAnswer, cancellationToken);
        }

        var easier = MessageFactory.Text(Guide.Text("unknownRequired") + " " + Retry.DidntCatch(question, turn.Imperial));
        var buttons = Retry.Buttons(question);
        if (buttons.Count > 0)
        {
            easier.SuggestedActions = new SuggestedActions { Actions = buttons };
        }

        await turn.Context.SendActivityAsync(easier, cancellationToken);
        return Dialog.EndOfTurn;
    }

    // The first miss gets our own words (what we didn't catch, one example in her units); later ones go to the
    // prompt, whose retry carries the buttons and whose attempt limit leads to the relaxed round.
    private async Task<DialogTurnResult?> MissAsync(Turn turn, CancellationToken cancellationToken)
    {
        var id = turn.Open!.Question.Id;
        if (turn.Marks.MissesFor != id)
        {
            turn.Marks.MissesFor = id;
            turn.Marks.Misses = 0;
        }

        if (turn.Marks.Misses++ > 0 || turn.Open.Question.Answer.Type is AnswerType.Choice or AnswerType.YesNo or AnswerType.Text)
        {
            return null;
        }

        await SayAsync(turn, Retry.DidntCatch(turn.Open.Question, turn.Imperial), cancellationToken);
        return Dialog.EndOfTurn;
    }

    private static async Task<DialogTurnResult> CompleteAsync(Turn turn, StoredAnswer answer, CancellationToken cancellationToken)
    {
        TakenAnswer.Set(turn.Context, turn.Open!.Question.Id, answer);
        return await turn.Dc.EndDialogAsync(null, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskAgainAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Dc.ActiveDialog is null)
        {
            return Done;
        }

        await turn.Dc.RepromptDialogAsync(cancellationToken);
        return Dialog.EndOfTurn;
    }

    // The open question: a scripted question's prompt at the top of this context, where the position mark says.
    private PartQuestion? OpenQuestion(DialogContext dc, ConversationMarks marks) =>
        marks.Position is { } position && dc.Stack.Count > 1 && dc.Stack[1].Id == nameof(ScriptedQuestionDialog)
            && Guide.Find(position.QuestionId) is { } open && open.Part == position.Part
            ? open
            : null;

    private string Noted(FactScript fact, StoredAnswer answer) => fact.Noted.Replace("{value}", answer.Readable, StringComparison.Ordinal);

    private CardAction YesNoAction(bool yes)
    {
        var label = _services.Commands.Text(yes ? "yes" : "no");
        return new CardAction(ActionTypes.ImBack, label, value: label);
    }

    // "-2.8" for a T-score, "5 mg" for a dose: the number as she gave it, without the conversion in brackets.
    private static string ValueOnly(StoredAnswer answer) => answer.Readable.Split(" (", 2)[0];

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static Task SayAsync(Turn turn, string text, CancellationToken cancellationToken) =>
        turn.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    private static DialogTurnResult Done => new(DialogTurnStatus.Complete);

    private sealed record Turn(DialogContext Dc, CoachingRecord Record, ConversationMarks Marks, PartQuestion? Open, string Text, ReadOptions Options, bool Imperial)
    {
        public ITurnContext Context => Dc.Context;
    }
}
