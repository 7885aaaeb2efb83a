using System.Globalization;
using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Script;
using BoneCoachBot.Wording;
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
    private readonly CoachingState _state;
    private readonly CommandCatalog _commands;
    private readonly ICoachingMessages _wording;
    private readonly RedFlagWatch _redFlags;
    private readonly TimeProvider _time;
    private readonly AnswerReader _reader;
    private readonly MessageReader _messages;
    private readonly HerQuestions _questions;
    private readonly AnswerCorrections _corrections;
    private readonly ListMentions _mentions;
    private readonly ConversationScript _script;

    public QuestionTurn(ConversationScript script, AnswerGuide guide, RetryWording retry, CommandCatalog commands, CoachingState state, ICoachingMessages messages, RedFlagWatch redFlags, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(commands);
        _script = script;
        Guide = guide;
        Retry = retry;
        _commands = commands;
        _state = state;
        _wording = messages;
        _redFlags = redFlags;
        _time = time;
        _reader = new AnswerReader(guide, commands);
        _messages = new MessageReader(guide, _reader);
        _questions = new HerQuestions(guide, commands);
        _corrections = new AnswerCorrections(guide, _reader);
        _mentions = new ListMentions(guide);
    }

    public AnswerGuide Guide { get; }

    public RetryWording Retry { get; }

    private DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    public AnswerReader Reader => _reader;

    public MessageReader Messages => _messages;

    /// <summary>
    /// Reads the message at the innermost open dialog (where the open prompt sits); when that finishes a container's
    /// inner stack, the container is ended here as it would end itself. Null lets the message through.
    /// </summary>
    public async Task<DialogTurnResult?> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        while (dc.Child is { } child)
        {
            dc = child;
        }

        var result = await HandleAtAsync(dc, cancellationToken);
        while (result is { Status: not DialogTurnStatus.Waiting } && dc.Parent is { } parent)
        {
            result = await parent.EndDialogAsync(result.Result, cancellationToken);
            dc = parent;
        }

        return result;
    }

    private async Task<DialogTurnResult?> HandleAtAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(activity.Text))
        {
            return null;
        }

        var record = await _state.RecordAsync(dc.Context, cancellationToken);
        if (record.Consent != ConsentStatus.Given)
        {
            return null;
        }

        var marks = await _state.MarksAsync(dc.Context, cancellationToken);
        var turn = new Turn(dc, record, marks, OpenQuestion(dc, marks), activity.Text.Trim(),
            new ReadOptions(ReaderCulture.Of(dc.Context), Today) { LastAnswered = marks.LastAnswered }, RetryWording.Imperial(activity, record));
        if (await ReadBackAsync(turn, cancellationToken) is { } confirmed)
        {
            return confirmed;
        }

        if (await NamedChangeAsync(turn, cancellationToken) is { } named)
        {
            return named;
        }

        var decision = Decide(turn.Open, turn.Text, record.Answers, turn.Options);
        switch (decision.Kind)
        {
            case DecisionKind.WhichAnswer:
                // "oh I meant 62": her next words may name the answer it changes ("my age").
                turn.Marks.PendingChange = decision.NewValue;
                await SayAsync(turn, decision.Reply!, cancellationToken);
                return await AskAgainAsync(turn, cancellationToken);
            case DecisionKind.HerQuestion:
                await SayAsync(turn, decision.Reply!, cancellationToken);
                return await AskAgainAsync(turn, cancellationToken);
            case DecisionKind.CantAnswer:
                // She asked something we can't answer: say so, and the open question still waits for her.
                await SayAsync(turn, decision.Reply!, cancellationToken);
                return await AskAgainAsync(turn, cancellationToken);
            case DecisionKind.Declined:
                return await DeclineAsync(turn, cancellationToken);
            case DecisionKind.Correction:
                return await CorrectAsync(turn, decision.Correction!, cancellationToken);
            default:
                return decision.Reading is { } reading ? await OpenAnswerAsync(turn, reading, cancellationToken) : null;
        }
    }

    /// <summary>
    /// What a message is, before anything is said or stored: her question, a correction, or a reading for the open
    /// question and the facts for others. The answer corpus measures exactly this.
    /// </summary>
    public AnswerDecision Decide(PartQuestion? open, string text, IReadOnlyDictionary<string, StoredAnswer> answers, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (open is not null && Guide.Declines(text))
        {
            return new AnswerDecision(DecisionKind.Declined);
        }

        if (_questions.IsQuestion(text) && !TellsAgeThen(text))
        {
            if (_questions.Answer(text, open?.Question) is { } answer)
            {
                return new AnswerDecision(DecisionKind.HerQuestion, answer);
            }

            // A question with an answer in it ("62?") is still an answer; at a choice question a word shared with an option
            // ("¿para qué es eso?" and "nada de eso") is not, but an option said unsure of itself ("heavy?") is.
            if (open is null || (open.Question.Answer.Type == AnswerType.Choice && !IsAnOption(open.Question, text))
                || AsksAbout(open, text, _reader.Read(open.Question, text, options)))
            {
                return new AnswerDecision(DecisionKind.CantAnswer, _questions.CantAnswer(text));
            }
        }

        if (Guide.LooksLikeCorrection(text) || CorrectionReader.Read(text, options.Culture) is not null)
        {
            // "no, I was 52 actually" at "when was your last period?": her age then answers the open question; it changes
            // nothing she gave before (the height she gave last is not 52 inches).
            if (open is { Question.Answer.Type: AnswerType.Duration } && AnswerReader.SaysAgeThen(text) && _messages.Read(open.Question, text, options, answers) is { Open.IsValue: true } ageThen)
            {
                return new AnswerDecision(DecisionKind.Reading, Reading: ageThen);
            }

            if (_corrections.Find(text, answers, open?.Question.Id, options) is { } correction)
            {
                return new AnswerDecision(DecisionKind.Correction, Correction: correction);
            }

            // "hmm actually yes" at a yes/no or choice question: the hedge changes nothing earlier, the rest is this answer.
            if (HedgedAnswer(open, text, answers, options) is { } hedged)
            {
                return new AnswerDecision(DecisionKind.Reading, Reading: hedged);
            }

            // "sorry, I meant 5 ft 5" before the height was kept: the open question takes it only when its own unit or cue says so.
            var meant = Phrases.WithoutOldValue(text);
            var own = open is null ? null : _reader.Read(open.Question, meant, options with { Strict = true, CueText = meant });
            return own is { IsValue: true }
                ? new AnswerDecision(DecisionKind.Reading, Reading: new MessageReading(own, []))
                : WhichAnswer(text, options);
        }

        return new AnswerDecision(DecisionKind.Reading, Reading: open is null ? null : _messages.Read(open.Question, text, options, answers));
    }

    // "when I was 52" opens with a question word and asks nothing.
    private static bool TellsAgeThen(string text) => !text.Contains('?', StringComparison.Ordinal) && AnswerReader.SaysAgeThen(text);

    private static bool IsAnOption(QuestionScript question, string text)
    {
        var said = TextNormalizer.Normalize(text);
        return said.Length > 0 && question.Answer.Choices.Any(c => c.Synonyms.Append(c.Title).Append(c.Value).Any(s => TextNormalizer.Normalize(s) == said));
    }

    // Nothing read, or a yes read only from the thing she asks about ("what does prednisolone mean?" names it, says no yes).
    private bool AsksAbout(PartQuestion open, string text, AnswerRead read) =>
        read.Kind == AnswerReadKind.Unread || (open.Question.Answer.Type == AnswerType.YesNo && read.FromSentence && Guide.StartsWithQuestionWord(text)
            && ConfirmWords.For(ScriptLanguage.Current == ScriptLanguage.English ? "en" : "es").Match(text) is null);

    private MessageReading? HedgedAnswer(PartQuestion? open, string text, IReadOnlyDictionary<string, StoredAnswer> answers, ReadOptions options)
    {
        var rest = Hedges.Strip(text);
        if (open is not { Question.Answer.Type: AnswerType.YesNo or AnswerType.Choice } || rest.Length == text.Length || rest.Any(char.IsDigit))
        {
            return null;
        }

        var reading = _messages.Read(open.Question, rest, options, answers);
        return reading.Open.Kind is AnswerReadKind.Value or AnswerReadKind.Unknown ? reading : null;
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

        // "2" again after "2 h, is that right?" says yes as plainly as "yes" does.
        var confirmed = ConfirmWords.For(turn.Options.Culture).Match(turn.Text) ?? (SaysTheValueAgain(turn, pending) ? true : null);
        if (pending.Ungates is { } gate)
        {
            return await UngateReadBackAsync(turn, pending, gate, confirmed, cancellationToken);
        }

        if (confirmed is null || GivesAnotherValue(turn, pending))
        {
            turn.Unconfirmed = pending;
            turn.ReadBackUnanswered = confirmed is null;
            return null;
        }

        if (confirmed == true)
        {
            await SayAsync(turn, Guide.Text(AnswerTextKeys.ReadBackYes), cancellationToken);
            return await CompleteAsync(turn, pending.Answer, cancellationToken);
        }

        // The question itself again, not "what is it, then?": after "is that a yes to steroid tablets?" or "about 8 years
        // ago?" that would be a riddle.
        await SayAsync(turn, Guide.Text(AnswerTextKeys.ReadBackNoAskAgain), cancellationToken);
        return await AskAgainAsync(turn, cancellationToken);
    }

    // "no, I was 52 actually" or "yes but it was 52 really": a number after the yes or no that is not the value read back
    // makes the message her answer again, read as any answer is (and asked again when it can't be read). A bare "no" is
    // never read as a value (it would be 0 at a count), and yes/no questions have no number.
    private bool GivesAnotherValue(Turn turn, PendingReadBack pending) =>
        ValueIn(turn) is { } read && (read.Kind != AnswerReadKind.Value || !SameValue(read.Answer!, pending.Answer));

    private bool SaysTheValueAgain(Turn turn, PendingReadBack pending) =>
        ValueIn(turn) is { Kind: AnswerReadKind.Value } read && SameValue(read.Answer!, pending.Answer);

    // Her message read as the open question's answer, when it has a number to read.
    private AnswerRead? ValueIn(Turn turn)
    {
        if (turn.Open!.Question.Answer.Type == AnswerType.YesNo
            || (!turn.Text.Any(char.IsDigit) && !MentionFinder.Find(turn.Text, turn.Options.Culture).Any(m => m.Kind == MentionKind.Number)))
        {
            return null;
        }

        return _messages.Read(turn.Open.Question, turn.Text, turn.Options, turn.Record.Answers).Open;
    }

    private static bool SameValue(StoredAnswer said, StoredAnswer kept) => said.Number is { } number ? number == kept.Number : said.Readable == kept.Readable;

    // "oh I meant 62": the value is said back, and a short reply naming the answer will do (NamedChangeAsync).
    private AnswerDecision WhichAnswer(string text, ReadOptions options) =>
        CorrectionReader.Read(text, options.Culture)?.NewValue is { } value
            ? new AnswerDecision(DecisionKind.WhichAnswer, Guide.Text(AnswerTextKeys.WhichAnswerFor).Replace("{value}", value.Text, StringComparison.Ordinal), NewValue: value.Text)
            : new AnswerDecision(DecisionKind.WhichAnswer, Guide.Text(AnswerTextKeys.WhichAnswer));

    // "my age" after "which answer do you mean?": the value she gave then goes to the answer she names now. Anything else
    // lets it go: she has moved on.
    private async Task<DialogTurnResult?> NamedChangeAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Marks.PendingChange is not { } value)
        {
            return null;
        }

        turn.Marks.PendingChange = null;
        return _corrections.Named(turn.Text, value, turn.Record.Answers, turn.Open?.Question.Id, turn.Options) is { } change
            ? await CorrectAsync(turn, change, cancellationToken)
            : null;
    }

    private async Task<DialogTurnResult> CorrectAsync(Turn turn, AnswerChange correction, CancellationToken cancellationToken)
    {
        await ChangeAsync(turn, correction, cancellationToken);
        return await AskAgainAsync(turn, cancellationToken);
    }

    // The change kept and said back; a plan she already has is rebuilt with it.
    private async Task ChangeAsync(Turn turn, AnswerChange correction, CancellationToken cancellationToken)
    {
        turn.Record.Answers[correction.Question.Question.Id] = correction.New;
        var fact = Guide.Fact(correction.Question.Question.Id)!;
        var said = correction.Old is { } old
            ? Guide.Text(AnswerTextKeys.Changed).Replace("{label}", fact.Label, StringComparison.Ordinal).Replace("{value}", correction.New.Readable, StringComparison.Ordinal)
                .Replace("{old}", old.Readable, StringComparison.Ordinal)
            : Guide.Text(AnswerTextKeys.ChangedNew).Replace("{label}", fact.Label, StringComparison.Ordinal).Replace("{value}", correction.New.Readable, StringComparison.Ordinal);
        await SayAsync(turn, Capitalised(said), cancellationToken);
        await _state.SaveAsync(turn.Context, turn.Record, cancellationToken);
        await _redFlags.TellNewAsync(turn.Context, turn.Record, cancellationToken);
        if (turn.Record.PlanReadyAt is not null)
        {
            await SayAsync(turn, Guide.Text(AnswerTextKeys.PlanRebuilt), cancellationToken);
            await turn.Context.SendActivityAsync(_wording.PlanMessage(CoachingInputs.From(turn.Record, _script).Assess(), turn.Context.Activity.ChannelId), cancellationToken);
        }
    }

    private async Task<DialogTurnResult?> OpenAnswerAsync(Turn turn, MessageReading reading, CancellationToken cancellationToken)
    {
        if (LateAnswer(turn, reading) is { } late)
        {
            await NoteAsync(turn, null, AnswerRead.Unread, [late], cancellationToken);
            turn.Marks.JustSkipped = null;
            return await AskAgainAsync(turn, cancellationToken);
        }

        var open = turn.Open!;
        if (open.Question.Answer.Type == AnswerType.MultiChoice)
        {
            // "I go to the gym twice a week" at the conditions list, which it can't tick from: what she tells of another
            // question is noted, as anywhere else, and the list asked again. A message the list reads stays the list's
            // ("I fell twice this year, once on the stairs" is a fall, not impact once a week).
            // "I take vitamin D, 1000 units": the amount for a question her ticks open is kept with the list's answer.
            // "not really, I walk the dog every day": her none's aside alone is read for other questions, as anywhere else
            // (the whole message would read "not really ... walk" as no walking).
            var readsNothing = ListReadsNothing(turn);
            var facts = readsNothing ? reading.Facts : AsideFacts(turn);
            var told = readsNothing || facts.Count > 0 ? facts.Where(f => (!f.AlreadyAnswered || TurnsNoToYes(f, turn.Record.Answers))
                && !open.Question.Answer.Choices.Any(c => c.Fills == f.Question.Question.Id)).ToList()
                : reading.Facts.Where(f => !f.AlreadyAnswered && f.Question.Question.AskIf.Any(gate => gate.Question == open.Question.Id)).ToList();
            await NoteAsync(turn, null, AnswerRead.Unread, told, cancellationToken);
            return readsNothing && told.Count > 0 ? await AskAgainAsync(turn, cancellationToken) : await ListAsync(turn, cancellationToken);
        }

        if (open.Question.Answer.Type == AnswerType.Text)
        {
            // Her own words are the answer to a free-text question: nothing of them is taken for another one.
            return null;
        }

        var fresh = reading.Facts.Where(f => !f.AlreadyAnswered || TurnsNoToYes(f, turn.Record.Answers)).ToList();
        await NoteAsync(turn, reading.Open.IsValue && fresh.Count > 0 ? open : null, reading.Open, fresh, cancellationToken);
        if (turn.Unconfirmed is { Asked: not null } unconfirmed && fresh.Count > 0 && !reading.Open.IsValue)
        {
            // "around 68 kilos" after "I'll note your age as 62, is that right?": her weight is noted, and the age still
            // waits for her yes (her "I can't remember" there was about the other thing).
            return await AskReadBackAsync(turn, unconfirmed, cancellationToken);
        }

        if (turn is { Unconfirmed.Asked: not null, ReadBackUnanswered: true } && reading.Open.Kind is not (AnswerReadKind.Value or AnswerReadKind.Unknown))
        {
            // "my mum broke her hip" after "I'll note your last period as about 7 years ago, is that right?": the value read
            // back still waits for her yes, which is a better thing to ask again than the question it came from. Asked again
            // word for word, it would read as if she hadn't been heard: a line says what it waits for.
            if (!await SayListLaterAsync(turn, cancellationToken))
            {
                await SayAsync(turn, Guide.Text(AnswerTextKeys.ReadBackStillOpen), cancellationToken);
            }

            return await AskReadBackAsync(turn, turn.Unconfirmed, cancellationToken);
        }

        switch (reading.Open.Kind)
        {
            case AnswerReadKind.Value or AnswerReadKind.OutOfRange when fresh.Count == 0 && open.Question.Answer.Type == AnswerType.Quantity
                && ChangeOfAmount.Says(turn.Text) && Guide.Fact(open.Question.Id) is { } changed:
                // "I lost 30 kilos last year" at the weight question: how much it changed, never her weight now ("down 3
                // stone, 11 stone now" gives both).
                if (AmountNow(turn) is { } now)
                {
                    return await ValueAsync(turn, now, cancellationToken);
                }

                await SayAsync(turn, Guide.Text(AnswerTextKeys.ChangeNotAmount).Replace("{label}", changed.Label, StringComparison.Ordinal), cancellationToken);
                return await AskAgainAsync(turn, cancellationToken);
            case AnswerReadKind.Value:
                return await ValueAsync(turn, reading.Open, cancellationToken);
            case AnswerReadKind.Unknown when !Guide.IsUnknown(turn.Text) && GateDenied(turn, named: true) is { } namedNo:
                // "no, I haven't fallen" at the falls count: a no that names what it denies is not "I'd rather not say".
                return await UngateAsync(turn, namedNo, cancellationToken);
            case AnswerReadKind.Unknown:
                return await UnknownAsync(turn, cancellationToken);
            case AnswerReadKind.OutOfRange when GateZeroed(turn, reading.Open) is { } zeroed:
                return await AskUngateAsync(turn, zeroed, cancellationToken);
            case AnswerReadKind.OutOfRange when open.Question.Answer.Type == AnswerType.Quantity && reading.Open.Answer is { } number
                && !number.Readable.Contains(' ', StringComparison.Ordinal):
                // A bare number no unit makes sensible ("-2.8" for height lost): say what we read and what we need.
                await SayAsync(turn, Retry.Understood(open.Question, number.Readable, turn.Imperial), cancellationToken);
                return Dialog.EndOfTurn;
            case AnswerReadKind.OutOfRange when Between(open.Question, reading.Open.Answer) is var (low, high):
                // "2 maybe 3" at a count: 2.5 is no count (it got "2.5 doesn't look right to me; between 0 and 6"). She picks.
                var pick = MessageFactory.Text(Guide.Text(AnswerTextKeys.WhichWhole).Replace("{low}", low, StringComparison.Ordinal).Replace("{high}", high, StringComparison.Ordinal));
                pick.SuggestedActions = new SuggestedActions { Actions = QuestionButtons.Labelled(low, high) };
                await turn.Context.SendActivityAsync(pick, cancellationToken);
                return Dialog.EndOfTurn;
            case AnswerReadKind.NotUnits when Guide.Fact(open.Question.Id)?.NotUnitsReply is { } notUnits:
                await SayAsync(turn, notUnits, cancellationToken);
                return Dialog.EndOfTurn;
            case AnswerReadKind.Ambiguous when open.Question.Answer.Type == AnswerType.Choice:
                // "pretty heavy, maybe 8 reps" says heavy and moderate: she picks, with the options in front of her.
                var closest = MessageFactory.Text(Guide.Text(AnswerTextKeys.FitsSeveral));
                closest.SuggestedActions = new SuggestedActions { Actions = QuestionButtons.Of(open.Question, _commands) };
                await turn.Context.SendActivityAsync(closest, cancellationToken);
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
            await SayAsync(turn, Capitalised(Guide.Text(AnswerTextKeys.OtherQuestion).Replace("{label}", known.Fact.Label, StringComparison.Ordinal)
                .Replace("{value}", known.Answer.Readable, StringComparison.Ordinal)), cancellationToken);
            return await AskAgainAsync(turn, cancellationToken);
        }

        if (open.Question.Answer.Type is AnswerType.Number or AnswerType.Quantity or AnswerType.Frequency or AnswerType.Choice
            && MentionFinder.Find(turn.Text, turn.Options.Culture).Count > 0
            && Guide.OtherThing(open.Question.Id, turn.Text) is { } thing && Guide.Fact(open.Question.Id) is { } asked)
        {
            // "a couple of glasses of wine" at the calcium question, "a yogurt and milk in my tea so 2" at the hormone-therapy
            // one: a count of another thing. Say what it was about, and ask again.
            await SayAsync(turn, Guide.Text(AnswerTextKeys.AboutOther).Replace("{thing}", Phrases.AsSaid(turn.Text, thing), StringComparison.Ordinal)
                .Replace("{label}", asked.Label, StringComparison.Ordinal), cancellationToken);
            // "I go swimming 3 times a week" at the strength question: why swimming is not counted is what she needs to know next.
            if (Guide.CountsTopic(thing) is { } counts)
            {
                await SayAsync(turn, counts.Answer, cancellationToken);
            }

            return await AskAgainAsync(turn, cancellationToken);
        }

        if (GateDenied(turn) is { } denied)
        {
            return NamesDenied(turn, denied) ? await UngateAsync(turn, denied, cancellationToken) : await AskUngateAsync(turn, denied, cancellationToken);
        }

        return await MissAsync(turn, cancellationToken);
    }

    private bool NamesDenied(Turn turn, AnswerChange denied) =>
        Guide.NamesSubjectOf(denied.Question.Question.Id, turn.Text) || Guide.NamesSubjectOf(turn.Open!.Question.Id, turn.Text);

    // "never", or "no not really", at the falls count after she told of a fall: a bare no may be meant for something else,
    // and the yes it would take back is a red flag, so it changes only on her word.
    private async Task<DialogTurnResult> AskUngateAsync(Turn turn, AnswerChange denied, CancellationToken cancellationToken)
    {
        var fact = Guide.Fact(denied.Question.Question.Id)!;
        var asked = Guide.Text(AnswerTextKeys.UngateAsk).Replace("{before}", Noted(fact, denied.Old!), StringComparison.Ordinal)
            .Replace("{after}", Noted(fact, denied.New), StringComparison.Ordinal);
        var pending = new PendingReadBack(turn.Open!.Question.Id, denied.New, asked) { Ungates = denied.Question.Question.Id };
        return await AskReadBackAsync(turn, pending, cancellationToken);
    }

    // Her yes changes the earlier yes to no; her no keeps it and asks the question again; anything else is read as usual
    // ("twice" answers the count).
    private async Task<DialogTurnResult?> UngateReadBackAsync(Turn turn, PendingReadBack pending, string gate, bool? confirmed, CancellationToken cancellationToken)
    {
        if (confirmed is null || Guide.Find(gate) is not { } gating || turn.Record.Answers.GetValueOrDefault(gate) is not { YesNo: true } yes)
        {
            return null;
        }

        if (confirmed == true)
        {
            return await UngateAsync(turn, new AnswerChange(gating, yes, pending.Answer), cancellationToken);
        }

        await SayAsync(turn, _commands.Text(CommandTextKeys.KeptEarlierYes).Replace("{label}", Guide.Fact(gate)!.Label, StringComparison.Ordinal), cancellationToken);
        return await AskAgainAsync(turn, cancellationToken);
    }

    // The one clause of her message that gives the open question's amount without saying how it changed.
    private AnswerRead? AmountNow(Turn turn)
    {
        var now = MessageReader.Clauses(turn.Text).Where(c => !ChangeOfAmount.Says(c))
            .Select(c => _reader.Read(turn.Open!.Question, c, turn.Options)).Where(r => r.IsValue).ToList();
        return now is [var only] ? only : null;
    }

    // "never" at "how many times have you fallen?" after she ticked a fall: a no to the yes this question was opened by.
    // A bare "never" answers a count; at an amount ("how many mg?") or where a no could be "I'd rather not say", her
    // words must name what she denies ("no, I've never taken steroids").
    private AnswerChange? GateDenied(Turn turn, bool named = false)
    {
        var open = turn.Open!.Question;
        var bareNoAnswers = !named && open.Answer is { Type: AnswerType.Number, Integer: true };
        foreach (var (gating, yes) in YesGates(turn))
        {
            if ((bareNoAnswers || Guide.NamesSubjectOf(gating.Question.Id, turn.Text) || Guide.NamesSubjectOf(open.Id, turn.Text))
                && _messages.Read(gating.Question, turn.Text, turn.Options, turn.Record.Answers).Open is { Kind: AnswerReadKind.Value, Answer.YesNo: false } no)
            {
                return new AnswerChange(gating, yes, no.Answer!);
            }
        }

        return null;
    }

    // "0" at the falls count after she told of a fall: none at a count opened by her yes is a no to that yes.
    private AnswerChange? GateZeroed(Turn turn, AnswerRead read) =>
        read.Answer?.Number == 0 && YesGates(turn).FirstOrDefault() is ({ } gating, { } yes)
            ? new AnswerChange(gating, yes, new StoredAnswer { YesNo = false, Readable = _commands.YesOrNo(false) })
            : null;

    // The yes/no questions whose yes opened the open question, with that yes.
    private IEnumerable<(PartQuestion Gating, StoredAnswer Yes)> YesGates(Turn turn) =>
        turn.Open!.Question.AskIf.Where(g => g.Is is { ValueKind: System.Text.Json.JsonValueKind.True })
            .Select(g => (Gating: Guide.Find(g.Question), Yes: turn.Record.Answers.GetValueOrDefault(g.Question)))
            .Where(g => g is { Gating.Question.Answer.Type: AnswerType.YesNo, Yes.YesNo: true })
            .Select(g => (g.Gating!, g.Yes!));

    // Her no is kept for the question it answers (and the tick of the list that answered it goes), said back as a change;
    // the open question, which no longer applies, keeps nothing (ScriptedQuestionDialog sees its gate closed).
    private async Task<DialogTurnResult> UngateAsync(Turn turn, AnswerChange denied, CancellationToken cancellationToken)
    {
        ListFills.UntickFilling(_script, turn.Record.Answers, denied.Question.Question.Id, _commands.Text(DeepenTextKeys.NoneOfThese));
        await ChangeAsync(turn, denied, cancellationToken);
        return await CompleteAsync(turn, StoredAnswer.SkippedAnswer, cancellationToken);
    }

    // A list's words go to its prompt ("calcium and vitamin D"), unless they name something the list holds in other words
    // ("they took my ovaries at 44") or doesn't hold at all ("hypothyroidism"): then she hears what was ticked and what wasn't.
    private async Task<DialogTurnResult?> ListAsync(Turn turn, CancellationToken cancellationToken)
    {
        var list = turn.Open!.Question;
        var read = ListReading.Read(list, turn.Text, turn.Options.Culture);
        if (read is null && (Guide.IsUnknown(turn.Text) || NotKnowing.Admits(turn.Text)) && (list.Optional || !TentativeNo.Matches(turn.Text)))
        {
            // "Not sure" at a list: each of its questions is asked on its own, as the history list's retry promises, and
            // none is answered "no" from boxes she left empty (her medicines' list asked her again until "I'm having trouble").
            // "Not that I know of" at her conditions or medicines is the no she'd give a person.
            await SayAsync(turn, Guide.Text(AnswerTextKeys.UnknownList), cancellationToken);
            return await CompleteAsync(turn, StoredAnswer.SkippedAnswer, cancellationToken);
        }

        if (read is { IsNone: false } && ListReading.RuledOut(list, Guide, turn.Text).Where(c => read.Contains(c.Title)).ToList() is { Count: > 0 } ruledOut)
        {
            return await WithoutRuledOutAsync(turn, read, ruledOut, cancellationToken);
        }

        var found = _mentions.Read(list, turn.Text);
        if (!found.Any)
        {
            return await PlainListAsync(turn, read, cancellationToken);
        }

        foreach (var note in found.Notes)
        {
            await SayAsync(turn, note, cancellationToken);
        }

        if (read is { IsNone: true })
        {
            return null;
        }

        var picked = list.Answer.Choices.Where(c => (found.Ticks.Contains(c.Value) || read?.Contains(c.Title) == true) && !found.Unticks.Contains(c.Value)).ToList();
        if (picked.Count == 0)
        {
            await SayAsync(turn, Guide.Text(AnswerTextKeys.ListNoneHint), cancellationToken);
            return await AskAgainAsync(turn, cancellationToken);
        }

        return await KeepListAsync(turn, picked, cancellationToken);
    }

    // The whole numbers either side of the middle of her range ("2 maybe 3": 2.5), where the question takes whole numbers.
    private static (string Low, string High)? Between(QuestionScript question, StoredAnswer? answer)
    {
        if (question.Answer.Integer != true || answer?.Number is not { } value || value == Math.Floor(value) || value * 2 != Math.Floor(value * 2)
            || value < (question.Answer.Min ?? double.MinValue) || value > (question.Answer.Max ?? double.MaxValue))
        {
            return null;
        }

        return (Math.Floor(value).ToString(CultureInfo.InvariantCulture), Math.Ceiling(value).ToString(CultureInfo.InvariantCulture));
    }

    // Nothing in her words is the list's: no item, no mention, no none, no "not sure".
    private bool ListReadsNothing(Turn turn)
    {
        var list = turn.Open!.Question;
        var culture = turn.Options.Culture;
        return ListReading.Read(list, turn.Text, culture) is null && !_mentions.Read(list, turn.Text).Any
            && !Guide.IsUnknown(turn.Text) && !NotKnowing.Admits(turn.Text) && !TentativeNo.Matches(turn.Text)
            && !ListReading.NoneThenAside(list, turn.Text, culture);
    }

    // The facts in what follows her none at a list ("none, but I do yoga twice a week"), when nothing else is the list's.
    private IReadOnlyList<FactFill> AsideFacts(Turn turn)
    {
        var list = turn.Open!.Question;
        return ListReading.Aside(list, turn.Text, turn.Options.Culture) is { } aside && !_mentions.Read(list, turn.Text).Any
            ? _messages.Read(list, aside, turn.Options, turn.Record.Answers).Facts
            : [];
    }

    // Her words with nothing the mentions know: "every day" is how often, not "all of them"; "none of those, I take
    // something for blood pressure though" and "not that I know of" are none; anything else is the list prompt's to read.
    private async Task<DialogTurnResult?> PlainListAsync(Turn turn, ChosenSet? read, CancellationToken cancellationToken)
    {
        var list = turn.Open!.Question;
        if (read is not null && read.Values.Count == list.Answer.Choices.Count && ListReading.EveryIsHowOften(turn.Text))
        {
            // "vitamin D every day" names vitamin D; "I walk the dog every day" names nothing on the list.
            if (ListReading.Read(list, ListReading.WithoutHowOften(turn.Text), turn.Options.Culture) is { IsNone: false } named)
            {
                return await KeepListAsync(turn, list.Answer.Choices.Where(c => named.Contains(c.Title)).ToList(), cancellationToken);
            }

            await SayAsync(turn, Guide.Text(AnswerTextKeys.ListMiss) + " " + Guide.Text(AnswerTextKeys.ListNoneHint), cancellationToken);
            return await AskAgainAsync(turn, cancellationToken);
        }

        // "I don't think so" to "do you have any of these?" is the no she would give a person, said back as "None of these".
        return read is null && (ListReading.NoneThenAside(list, turn.Text, turn.Options.Culture) || TentativeNo.Matches(turn.Text))
            ? await KeepListAsync(turn, [], cancellationToken)
            : null;
    }

    // "I fell ten years ago" names the fall option, but her own words rule it out: the rest she named is kept, and when
    // nothing is left she is asked again (never "A fall in the last 12 months" from a fall long ago).
    private async Task<DialogTurnResult> WithoutRuledOutAsync(Turn turn, ChosenSet read, IReadOnlyList<ChoiceScript> ruledOut, CancellationToken cancellationToken)
    {
        var kept = turn.Open!.Question.Answer.Choices.Where(c => read.Contains(c.Title) && !ruledOut.Contains(c)).ToList();
        if (kept.Count > 0)
        {
            return await KeepListAsync(turn, kept, cancellationToken);
        }

        await SayAsync(turn, Guide.Text(AnswerTextKeys.ListMiss) + " " + Guide.Text(AnswerTextKeys.ListNoneHint), cancellationToken);
        return await AskAgainAsync(turn, cancellationToken);
    }

    // The list answer she gave, said back in one line ("Noted: conditions: None of these.") and kept.
    private async Task<DialogTurnResult> KeepListAsync(Turn turn, IReadOnlyList<ChoiceScript> picked, CancellationToken cancellationToken)
    {
        var list = turn.Open!.Question;
        var answer = new StoredAnswer
        {
            Choices = [.. picked.Select(c => c.Value)],
            Readable = picked.Count == 0 ? _commands.Text(DeepenTextKeys.NoneOfThese) : string.Join(", ", picked.Select(c => c.Title)),
        };
        await SayAsync(turn, NotedLine(Noted(Guide.Fact(list.Id)!, answer)), cancellationToken);
        return await CompleteAsync(turn, answer, cancellationToken);
    }

    // "I'd rather not say": an optional question is left out; a required one says why it matters and is asked again
    // with skip offered (the relaxed round), so she is never made to answer.
    private async Task<DialogTurnResult> DeclineAsync(Turn turn, CancellationToken cancellationToken)
    {
        var question = turn.Open!.Question;
        if (question.Optional || turn.Dc.CanSkip())
        {
            await SayAsync(turn, Guide.Text(AnswerTextKeys.UnknownOk), cancellationToken);
            return await CompleteAsync(turn, StoredAnswer.SkippedAnswer, cancellationToken);
        }

        await SayAsync(turn, Guide.Text(AnswerTextKeys.DeclineRequired).Replace("{why}", question.Why, StringComparison.Ordinal), cancellationToken);
        DeclinedQuestion.Set(turn.Context, question.Id);
        return await turn.Dc.EndDialogAsync(null, cancellationToken);
    }

    // "I don't know, it was years ago", then "maybe 15 years ago" at the next question: a time ago that the open question
    // can't take is the late answer to the one she has just left out. Noted as such, so she sees it and can change it.
    private FactFill? LateAnswer(Turn turn, MessageReading reading)
    {
        if (turn.Marks.JustSkipped is not { } skippedId || turn.Open is not { } open || open.Question.Id == skippedId
            || reading.Open.Kind != AnswerReadKind.Unread || reading.Facts.Count > 0
            || (open.Question.Answer.Type == AnswerType.MultiChoice && ListReading.Read(open.Question, turn.Text, turn.Options.Culture) is not null)
            || Guide.Find(skippedId) is not { Question.Answer.Type: AnswerType.Duration } skipped || Guide.Fact(skippedId) is not { } fact)
        {
            return null;
        }

        var late = _messages.Read(skipped.Question, turn.Text, turn.Options, turn.Record.Answers).Open;
        return late.IsValue ? new FactFill(skipped, fact, late.Answer!, AlreadyAnswered: false) : null;
    }

    // "I'm scared of falling since my fall last winter" after "none" at the history list: a yes in her own words to what a
    // no (hers or her list's) left out is kept, and the list gets its tick. Never the other way: a later no changes nothing.
    private static bool TurnsNoToYes(FactFill fact, IReadOnlyDictionary<string, StoredAnswer> answers) =>
        fact.AlreadyAnswered && fact.Answer.YesNo == true && answers.GetValueOrDefault(fact.Question.Question.Id)?.YesNo == false;

    // Facts for other questions are kept at once; the open question's own value joins the "Noted:" line when there are others.
    private async Task NoteAsync(Turn turn, PartQuestion? open, AnswerRead openRead, List<FactFill> fresh, CancellationToken cancellationToken)
    {
        if (fresh.Count == 0)
        {
            return;
        }

        // Only what is kept is noted: a fact her earlier answers rule out is kept only when her list can take its tick.
        // The open question's own value counts ("Have you fallen?" "Twice." lets the count in); the prompt keeps that one.
        var openId = turn.Open?.Question.Id;
        var trial = new Dictionary<string, StoredAnswer>(turn.Record.Answers, StringComparer.Ordinal);
        if (openRead.IsValue && openId is not null)
        {
            trial[openId] = openRead.Answer!;
        }

        fresh.RemoveAll(fact => !ListFills.Admit(_script, trial, fact.Question.Question, fact.Answer));
        if (fresh.Count == 0)
        {
            return;
        }

        foreach (var (id, ticked) in trial.Where(a => a.Key != openId))
        {
            turn.Record.Answers[id] = ticked;
        }

        foreach (var fact in fresh)
        {
            turn.Record.Answers[fact.Question.Question.Id] = fact.Answer;
            if (fact.Answer.YesNo == true)
            {
                ListFills.TickFilling(_script, turn.Record.Answers, fact.Question.Question.Id);
            }
        }

        var noted = fresh.Select(f => Noted(f.Fact, f.Answer));
        if (open is not null && Guide.Fact(open.Question.Id) is { } openFact)
        {
            noted = noted.Prepend(Noted(openFact, openRead.Answer!));
        }

        await SayAsync(turn, NotedLine(string.Join(", ", noted)), cancellationToken);
        await _state.SaveAsync(turn.Context, turn.Record, cancellationToken);
        if (!openRead.IsValue)
        {
            // "I walk most days", then "oh sorry I meant twice a week": a correction naming nothing changes the fact she has
            // just given. Two facts noted at once leave no single one to change: marking the open question (which a correction
            // never changes) makes her be asked which.
            turn.Marks.LastAnswered = fresh.Count == 1 ? fresh[0].Question.Question.Id : openId;
            await _redFlags.TellNewAsync(turn.Context, turn.Record, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> ValueAsync(Turn turn, AnswerRead read, CancellationToken cancellationToken)
    {
        if (ReadBackWording(turn.Open!.Question, read) is { } readBack)
        {
            // A safety value from a sentence is kept only once she confirms it.
            var value = ValueOnly(read.Answer!);
            value = Guide.Fact(turn.Open.Question.Id)?.ReadBackValue?.Replace("{value}", value, StringComparison.Ordinal) ?? value;
            return await AskReadBackAsync(turn, new PendingReadBack(turn.Open.Question.Id, read.Answer!, readBack.Replace("{value}", value, StringComparison.Ordinal)), cancellationToken);
        }

        if (read.Answer!.Said is not null && !turn.Record.Answers.ContainsKey(turn.Open.Question.Id) && Guide.Fact(turn.Open.Question.Id) is { } fact)
        {
            // "5 4" at the height question, "9 stone": she hears the amount in her unit beside the one it is kept in (a
            // change of an answer says its own line).
            await SayAsync(turn, NotedLine(Noted(fact, read.Answer)), cancellationToken);
        }

        return await CompleteAsync(turn, read.Answer!, cancellationToken);
    }

    private async Task<DialogTurnResult> AskReadBackAsync(Turn turn, PendingReadBack pending, CancellationToken cancellationToken)
    {
        turn.Marks.ReadBack = pending;
        await turn.Context.SendActivityAsync(ReadBackAgain.Message(pending.Asked!, _commands), cancellationToken);
        return Dialog.EndOfTurn;
    }

    /// <summary>
    /// The line that reads a value back before it is kept: a safety value taken from a sentence ("So your lowest T-score
    /// was -2.8, is that right?"), or a value read from a vague word or a hedge ("sometimes"); null when it is kept at once.
    /// </summary>
    public string? ReadBackWording(QuestionScript question, AnswerRead read)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(read);
        var fact = Guide.Fact(question.Id);
        // A yes read from a hedge ("a bit scared of falling", "now and then") is asked as a yes, not "noted as Yes".
        var hedgedYes = read.Vague && read.Answer?.YesNo == true;
        return read.AboutOther || hedgedYes ? Guide.Text(AnswerTextKeys.ReadBackYesAboutOther).Replace("{label}", fact?.Label ?? question.Ask, StringComparison.Ordinal)
            : read.FromSentence && fact?.ReadBack is { } safety ? safety
            : read.Vague ? fact?.ReadBack ?? Guide.Text(AnswerTextKeys.ReadBackVague).Replace("{label}", fact?.Label ?? question.Ask, StringComparison.Ordinal)
            : UnusualWording(question, read.Answer) is { } unusual ? unusual.Replace("{label}", fact?.Label ?? question.Ask, StringComparison.Ordinal)
            : null;
    }

    // "2" at "how many hours do you sleep?": possible, but a slip is likelier, so she is asked before it is kept.
    private string? UnusualWording(QuestionScript question, StoredAnswer? answer) =>
        answer?.Number is { } value && question.Answer.Usual?.Compare(value) is { } side and not 0
            ? Guide.Text(side < 0 ? AnswerTextKeys.ReadBackBelowUsual : AnswerTextKeys.ReadBackAboveUsual)
            : null;

    private async Task<DialogTurnResult?> UnknownAsync(Turn turn, CancellationToken cancellationToken)
    {
        var question = turn.Open!.Question;
        if (question.Optional)
        {
            await SayAsync(turn, Guide.Text(AnswerTextKeys.UnknownOk), cancellationToken);
            return await CompleteAsync(turn, StoredAnswer.SkippedAnswer, cancellationToken);
        }

        // Said again, it goes to the prompt, whose attempt limit leads to the relaxed round: never the same words in a loop.
        if (CountMiss(turn) > 0)
        {
            return null;
        }

        var closest = question.Answer.Type is AnswerType.Choice or AnswerType.YesNo;
        var easier = MessageFactory.Text(closest
            ? Guide.Text(AnswerTextKeys.UnknownRequiredChoice)
            : Retry.RoughGuess(question, turn.Imperial));
        // Her message took the question's buttons off the screen: "choose the closest" needs them back.
        var buttons = closest ? QuestionButtons.Of(question, _commands) : Retry.Buttons(question);
        if (buttons.Count > 0)
        {
            easier.SuggestedActions = new SuggestedActions { Actions = buttons };
        }

        await turn.Context.SendActivityAsync(easier, cancellationToken);
        return Dialog.EndOfTurn;
    }

    // "I have coeliac disease" at the last-period question: for a list a few questions on, which she is told of.
    private async Task<bool> SayListLaterAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (ListLater.Named(Guide, turn.Open!.Question.Id, turn.Text, turn.Record.Answers) is not { } list)
        {
            return false;
        }

        await SayAsync(turn, Guide.Text(AnswerTextKeys.ListLater).Replace("{label}", list, StringComparison.Ordinal), cancellationToken);
        return true;
    }

    // The first miss gets our own words (what we didn't catch, one example in her units); later ones go to the
    // prompt, whose retry carries the buttons and whose attempt limit leads to the relaxed round.
    private async Task<DialogTurnResult?> MissAsync(Turn turn, CancellationToken cancellationToken)
    {
        // "I was about 50" to "how old are you?" is her age back then: "I didn't catch a number" would puzzle her.
        if (turn.Open!.Question.Id == AnswerGuide.AgeQuestion && AnswerReader.SaysAgeThen(turn.Text))
        {
            await SayAsync(turn, Guide.Text(AnswerTextKeys.AgeThenNotNow), cancellationToken);
            return Dialog.EndOfTurn;
        }

        if (await SayListLaterAsync(turn, cancellationToken))
        {
            return await AskAgainAsync(turn, cancellationToken);
        }

        // A unit alone answers the amount prompt's "which unit?"; anything else the prompt must not read on its own.
        if (turn.Open!.Question.Answer.Type != AnswerType.Text && UnitCatalog.Find(turn.Text.TrimEnd('.', '!', '?')) is null)
        {
            NothingRead.Set(turn.Context);
        }

        // Another language and a unit alone ("lb" after "which unit?") are the prompt's to answer.
        if (CountMiss(turn) > 0 || turn.Open!.Question.Answer.Type is AnswerType.Choice or AnswerType.YesNo or AnswerType.Text
            || ForeignLanguage.Looks(turn.Text) || UnitCatalog.Find(turn.Text.TrimEnd('.', '!', '?')) is not null)
        {
            return null;
        }

        await SayAsync(turn, Retry.DidntCatch(turn.Open.Question, turn.Imperial), cancellationToken);
        return Dialog.EndOfTurn;
    }

    // Misses at the open question before this one (this one counted).
    private static int CountMiss(Turn turn)
    {
        var id = turn.Open!.Question.Id;
        if (turn.Marks.MissesFor != id)
        {
            turn.Marks.MissesFor = id;
            turn.Marks.Misses = 0;
        }

        return turn.Marks.Misses++;
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

    // "Noted: age 64, weight 9 stone 3 (58.5 kg)."
    private string NotedLine(string facts) => Guide.Text(AnswerTextKeys.Noted).Replace("{facts}", facts, StringComparison.Ordinal);

    // "no steroid tablets": a fact noted by its name alone says her no in words of its own.
    private static string Noted(FactScript fact, StoredAnswer answer) =>
        answer.YesNo == false && fact.NotedNo is { } no ? no
        : answer.Number == 1 && fact.NotedOne is { } one ? one
            : fact.Noted.Replace("{value}", answer.Said is { } said ? $"{said} ({answer.Readable})" : answer.Readable, StringComparison.Ordinal);

    // "-2.8" for a T-score, "5 mg" for a dose: the number as she gave it, without the conversion in brackets.
    private static string ValueOnly(StoredAnswer answer) => answer.Readable.Split(" (", 2)[0];

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static Task SayAsync(Turn turn, string text, CancellationToken cancellationToken) =>
        turn.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    private static DialogTurnResult Done => new(DialogTurnStatus.Complete);

    private sealed record Turn(DialogContext Dc, CoachingRecord Record, ConversationMarks Marks, PartQuestion? Open, string Text, ReadOptions Options, bool Imperial)
    {
        public ITurnContext Context => Dc.Context;

        /// <summary>A read-back her message answered with neither yes nor no, or with another value.</summary>
        public PendingReadBack? Unconfirmed { get; set; }

        /// <summary>Her message said neither yes nor no to the read-back.</summary>
        public bool ReadBackUnanswered { get; set; }
    }
}
