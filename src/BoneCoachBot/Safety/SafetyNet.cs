using BoneCoachBot.Coaching;
using BoneCoachBot.Script;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Safety;

/// <summary>
/// The first step for every message, before consent, commands and the open question. An emergency or a crisis gets its
/// reply alone and the conversation waits (the dialog stack untouched) until she says she is safe to go on, or, asked
/// once, goes on answering the open question. Low mood that may hide thoughts of suicide gets a gentle, direct question
/// about them with the crisis line, and her answer decides: the crisis reply, or the open question again. An urgent
/// sign gets a see-a-clinician-soon notice, is noted for her summary, and the message goes on to the open question.
/// At the opening urgent-symptom screen a yes that doesn't say when is asked "is this happening now?", and a past event
/// is answered as "none of these" so it never reaches the emergency path; so is the screen itself once she is back from
/// the emergency it raised.
/// </summary>
public sealed partial class SafetyNet(
    TriageClassifier classifier,
    Helplines helplines,
    ConversationScript script,
    SafetyState state,
    CoachingState coaching,
    TimeProvider time,
    ILogger<SafetyNet> logger)
{
    /// <summary>The opening screen's question (dialogs/onboarding.json) and the choice that means "nothing now".</summary>
    public const string ScreenQuestionId = "urgentNow";
    private const string NothingNowChoice = "none";
    // Its wording is dialogs/safety.json's "sign.pastFracture".
    private const string PastFractureSign = "pastFracture";
    private const string MentionedPrefix = "mentioned.";

    private DialogScript Texts => script[ScriptParts.Safety];

    /// <summary>Reads the message before anything else; what it did says whether the message goes on (see <see cref="SafetyOutcome"/>).</summary>
    public async Task<SafetyOutcome> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return SafetyOutcome.GoOn;
        }

        var text = turnContext.Activity.Text;
        var triage = classifier.ClassifyTurn(turnContext);
        LogTriaged(logger, triage.Class, turnContext.Activity.Conversation?.Id);
        var watch = await state.WatchAsync(turnContext, cancellationToken);
        if (triage.Class is TriageClass.Emergency or TriageClass.Crisis)
        {
            await AlarmAsync(turnContext, triage, watch, cancellationToken);
            return SafetyOutcome.Answered;
        }

        if (watch.AskedAboutThoughts)
        {
            return await AnswerThoughtsAsync(turnContext, text, triage, cancellationToken);
        }

        if (triage.Class == TriageClass.Distress)
        {
            // Despair while she waits after an alarm is not asked about again: the crisis line comes now.
            await (watch.WaitingAfter is null
                ? AskAboutThoughtsAsync(turnContext, cancellationToken)
                : AlarmAsync(turnContext, new TriageResult(TriageClass.Crisis, triage.Sign), watch, cancellationToken));
            return SafetyOutcome.Answered;
        }

        if (watch.WaitingAfter is { } waitingAfter)
        {
            var outcome = await WaitForSafeAsync(turnContext, text, waitingAfter, watch, cancellationToken);
            if (outcome != SafetyOutcome.GoOn)
            {
                return await WithUrgentNoticeAsync(turnContext, triage, outcome, cancellationToken);
            }

            // Her own words go on as any message would: an urgent sign in them still gets its notice. At the screen they
            // have become its "nothing now" answer.
            text = turnContext.Activity.Text;
        }

        if (watch.AskedIfNow)
        {
            return await AnswerIfNowAsync(turnContext, text, cancellationToken) ? SafetyOutcome.Answered : SafetyOutcome.GoOn;
        }

        if (await IsAtScreenAsync(turnContext, cancellationToken))
        {
            return await ScreenAsync(turnContext, triage, text, cancellationToken) ? SafetyOutcome.Answered : SafetyOutcome.GoOn;
        }

        if (triage.Class == TriageClass.None && MentionsFracture(text) && await IsAtConfirmingQuestionAsync(turnContext, cancellationToken))
        {
            // "Me rompí el tobillo hace 3 años" to the history list names no box: kept as a mention, so the list's
            // retry answered "no" does not answer the fracture question "no" for her (PastFractureMention).
            await NoteAsync(turnContext, new TriageResult(TriageClass.None, PastFractureSign), cancellationToken);
        }

        if (triage.Class == TriageClass.Urgent)
        {
            if (await AskedByOpenQuestionAsync(turnContext, cancellationToken) is { } asking)
            {
                SayUrgentUnlessTakenBy(turnContext, triage, asking, cancellationToken);
            }
            else
            {
                SayUrgentWithFirstReply(turnContext, await NoteAsync(turnContext, triage, cancellationToken), cancellationToken);
            }
        }

        return SafetyOutcome.GoOn;
    }

    // Asked directly, kindly, with the crisis line given whatever she answers (dialogs/safety.json's "sources.lowMood").
    private async Task AskAboutThoughtsAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await SayAsync(turnContext, SafetyTextKeys.DistressCheck, cancellationToken);
        await state.SetWatchAsync(turnContext, new SafetyWatch { AskedAboutThoughts = true }, cancellationToken);
    }

    // A yes, an unsure answer, or more of the same despair without a no gets the crisis reply. A clear no is thanked
    // with the line once more, and the open question comes back. Anything else (she answered the open question instead)
    // goes on to it with the line, rather than asking again.
    private async Task<SafetyOutcome> AnswerThoughtsAsync(ITurnContext turnContext, string? text, TriageResult triage, CancellationToken cancellationToken)
    {
        var no = Says(classifier.Patterns.ThoughtsNo, text);
        if (Says(classifier.Patterns.ThoughtsYes, text) || (triage.Class == TriageClass.Distress && !no))
        {
            await AlarmAsync(turnContext, new TriageResult(TriageClass.Crisis, triage.Sign), new SafetyWatch(), cancellationToken);
            return SafetyOutcome.Answered;
        }

        await state.SetWatchAsync(turnContext, new SafetyWatch(), cancellationToken);
        if (no)
        {
            await SayAsync(turnContext, SafetyTextKeys.ThoughtsNo, cancellationToken);
            return await WithUrgentNoticeAsync(turnContext, triage, SafetyOutcome.AskOpenQuestionAgain, cancellationToken);
        }

        SayWithFirstReply(turnContext, Texts.Text(SafetyTextKeys.CarryingOn) + " " + Fill(turnContext, SafetyTextKeys.ReminderCrisis), cancellationToken);
        return SafetyOutcome.GoOn;
    }

    // The same alarm again while she waits ("my chest still hurts") gets the kinder still-not-over wording, which has
    // the same numbers and no question.
    private async Task AlarmAsync(ITurnContext turnContext, TriageResult triage, SafetyWatch watch, CancellationToken cancellationToken)
    {
        var again = watch.WaitingAfter == triage.Class;
        var textKey = triage.Class == TriageClass.Crisis
            ? again ? SafetyTextKeys.StillCrisis : SafetyTextKeys.Crisis
            : again ? SafetyTextKeys.StillEmergency : SafetyTextKeys.Emergency;
        await SayAsync(turnContext, textKey, cancellationToken);
        await state.SetWatchAsync(turnContext, new SafetyWatch { WaitingAfter = triage.Class, WaitingSign = triage.Sign }, cancellationToken);
        if (triage.Class == TriageClass.Emergency && !(triage.Sign is { } sign && classifier.Patterns.IsForAnyone(sign)))
        {
            await NoteAsync(turnContext, triage, cancellationToken);
        }
    }

    // A fall that may have broken something does not "come back": once she is back, she still needs it checked.
    private static readonly HashSet<string> FallSigns = new(StringComparer.Ordinal) { "fall", "recentFall", "fracture" };

    // "Still hurts", "waiting for the ambulance": the emergency (or crisis) wording again, kindly, and she keeps waiting.
    // "Yes it passed": a short acknowledgement and the open question again; she never left, so no welcome back. Anything
    // else is asked "are you safe?" once; after that she is answering the open question ("62" twice), so her message
    // goes to it with a reminder, rather than asking forever.
    private async Task<SafetyOutcome> WaitForSafeAsync(ITurnContext turnContext, string? text, TriageClass waitingAfter, SafetyWatch watch, CancellationToken cancellationToken)
    {
        var afterCrisis = waitingAfter == TriageClass.Crisis;
        if (Says(classifier.Patterns.NotOver, text))
        {
            await SayAsync(turnContext, afterCrisis ? SafetyTextKeys.StillCrisis : SafetyTextKeys.StillEmergency, cancellationToken);
            return SafetyOutcome.Answered;
        }

        var safe = Says(classifier.Patterns.Safe, text);
        if (!safe && !watch.AskedSafe)
        {
            await SayAsync(turnContext, SafetyTextKeys.AskSafe, cancellationToken);
            await state.SetWatchAsync(turnContext, watch with { AskedSafe = true }, cancellationToken);
            return SafetyOutcome.Answered;
        }

        await state.SetWatchAsync(turnContext, new SafetyWatch(), cancellationToken);
        var reminder = Fill(turnContext, afterCrisis ? SafetyTextKeys.ReminderCrisis
            : FallSigns.Contains(watch.WaitingSign ?? string.Empty) ? SafetyTextKeys.ReminderFall : SafetyTextKeys.ReminderEmergency);
        if (await IsAtScreenAsync(turnContext, cancellationToken))
        {
            // Back from an emergency at the opening screen, the screen has had its answer: asked again, "A fall, maybe
            // broken" (still true of her) would raise the same alarm, and only denying it would let her on. It goes on as
            // nothing happening now; what she reported was noted with the alarm for her summary.
            await turnContext.SendActivityAsync(MessageFactory.Text(Texts.Text(safe ? SafetyTextKeys.Resumed : SafetyTextKeys.CarryingOn) + " " + reminder), cancellationToken);
            turnContext.Activity.Text = ScreenChoice().Title;
            return SafetyOutcome.GoOn;
        }

        if (safe)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(Texts.Text(SafetyTextKeys.Resumed) + " " + reminder), cancellationToken);
            return SafetyOutcome.AskOpenQuestionAgain;
        }

        SayWithFirstReply(turnContext, Texts.Text(SafetyTextKeys.CarryingOn) + " " + reminder, cancellationToken);
        return SafetyOutcome.GoOn;
    }

    // "Is this happening now?": a clear no (or a time in the past) answers the screen with "none of these"; anything
    // else, "not sure" included, is treated as now.
    private async Task<bool> AnswerIfNowAsync(ITurnContext turnContext, string? text, CancellationToken cancellationToken)
    {
        var mentionedFracture = (await state.WatchAsync(turnContext, cancellationToken)).MentionedFracture;
        await state.SetWatchAsync(turnContext, new SafetyWatch(), cancellationToken);
        if (Says(classifier.Patterns.NotNow, text) || IsInThePast(text) || IsNotHers(text))
        {
            await AnswerNothingNowAsync(turnContext, mentionedFracture || MentionsFracture(text), cancellationToken);
            return false;
        }

        await AlarmAsync(turnContext, new TriageResult(TriageClass.Emergency, "screen"), new SafetyWatch(), cancellationToken);
        return true;
    }

    private async Task<bool> ScreenAsync(ITurnContext turnContext, TriageResult triage, string? text, CancellationToken cancellationToken)
    {
        if (triage.Class == TriageClass.Urgent)
        {
            SayUrgentWithFirstReply(turnContext, await NoteAsync(turnContext, triage, cancellationToken), cancellationToken);
            turnContext.Activity.Text = ScreenChoice().Title;
            return false;
        }

        if (IsNothingNowChoice(text))
        {
            return false;
        }

        if (IsInThePast(text) && TellsOfTheScreensSubject(text))
        {
            await AnswerNothingNowAsync(turnContext, MentionsFracture(text), cancellationToken);
            return false;
        }

        if (IsNotHers(text))
        {
            turnContext.Activity.Text = ScreenChoice().Title;
            return false;
        }

        if (Says(classifier.Patterns.MaybeYes, text))
        {
            await SayAsync(turnContext, SafetyTextKeys.HappeningNow, cancellationToken);
            await state.SetWatchAsync(turnContext, new SafetyWatch { AskedIfNow = true, MentionedFracture = MentionsFracture(text) }, cancellationToken);
            return true;
        }

        return false;
    }

    // Not happening now: her answer to the screen becomes its "none of these" choice, so the past never reaches the
    // emergency path, and the fracture and fall questions that follow take the history. A past break she mentioned is
    // noted for her summary's red flags (a fracture after 50 is one, DOMAIN.md), as a mention, never as an answer.
    private async Task AnswerNothingNowAsync(ITurnContext turnContext, bool mentionedFracture, CancellationToken cancellationToken)
    {
        var noted = mentionedFracture && await NoteAsync(turnContext, new TriageResult(TriageClass.None, PastFractureSign), cancellationToken);
        await SayAsync(turnContext, noted ? SafetyTextKeys.NotNowFracture : SafetyTextKeys.NotNow, cancellationToken);
        turnContext.Activity.Text = ScreenChoice().Title;
    }

    // "Nothing like that for me", "my mum had a stroke", "no, it was my husband": none of it is hers, and nothing she
    // said is happening now (an emergency in the same message was answered before the screen was reached).
    private bool IsNotHers(string? text) =>
        Says(classifier.Patterns.NotMe, text) || classifier.SaysOnlyOfOthers(text, classifier.Patterns.MaybeYes)
        || (StartsWithNo(text) && Says(classifier.Patterns.OtherPerson, text));

    private bool StartsWithNo(string? text) =>
        classifier.Patterns.Text.Normalize(text) is var said && (said == "no" || said.StartsWith("no ", StringComparison.Ordinal) || said.StartsWith("no,", StringComparison.Ordinal) || said.StartsWith("nope", StringComparison.Ordinal));

    private bool MentionsFracture(string? text) => classifier.Patterns.TellsOfBreak(text);

    private ChoiceScript ScreenChoice() =>
        script[ScriptParts.Onboarding].Question(ScreenQuestionId).Answer.Choices.First(c => c.Value == NothingNowChoice);

    private bool IsNothingNowChoice(string? text)
    {
        var said = classifier.Patterns.Text.Normalize(text).TrimEnd('.', '!', ' ');
        var choice = ScreenChoice();
        return choice.Synonyms.Append(choice.Title).Append(choice.Value)
            .Any(phrase => string.Equals(classifier.Patterns.Text.Normalize(phrase), said, StringComparison.Ordinal));
    }

    // "I stopped when I was 51" is in the past but about her periods, not the screen: it is left to the question, which
    // asks again, rather than told "as it isn't happening now".
    private bool TellsOfTheScreensSubject(string? text) =>
        Says(classifier.Patterns.MaybeYes, text) || Says(classifier.Patterns.NotNow, text);

    private bool IsInThePast(string? text)
    {
        var said = classifier.Patterns.Text.Normalize(text);
        return classifier.Patterns.DistantPast.IsMatch(said) || classifier.Patterns.RecentPast.IsMatch(said);
    }

    private bool Says(PatternList patterns, string? text) => patterns.IsMatch(classifier.Patterns.Text.Normalize(text));

    // The screen's question is open and nothing (forget me, help's dialog) sits above it.
    private async Task<bool> IsAtScreenAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await coaching.MarksAsync(turnContext, cancellationToken)).Position?.QuestionId == ScreenQuestionId
        && await state.IsOnlyDialogAsync(turnContext, nameof(BoneCoachBot.Dialogs.MainDialog), cancellationToken);

    // A question dialogs/safety.json confirms a past break at ("mentioned.{question id}").
    private async Task<bool> IsAtConfirmingQuestionAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await coaching.MarksAsync(turnContext, cancellationToken)).Position is { } position
        && Texts.Texts.ContainsKey(MentionedPrefix + position.QuestionId);

    // Questions that ask about falls, fractures and back pain flag them themselves (the check-in's fall question among
    // them); a second notice for the same answer would only repeat it. At the check-in's other questions ("3 days, and
    // sudden back pain since yesterday") nothing else would acknowledge or note it, so the notice is given there.
    private async Task<QuestionPosition?> AskedByOpenQuestionAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await coaching.MarksAsync(turnContext, cancellationToken)).Position is { } position
        && classifier.Patterns.LeftToQuestions.Contains(position.QuestionId) ? position : null;

    // Such a question flags the sign only when it takes her answer. Asked again instead (it couldn't read "la radiografía
    // de hoy muestra una fractura nueva"), it flagged nothing, so the notice and the note are given after all.
    private void SayUrgentUnlessTakenBy(ITurnContext turnContext, TriageResult triage, QuestionPosition asking, CancellationToken cancellationToken) =>
        SayWithFirstReply(turnContext, async () =>
            (await coaching.MarksAsync(turnContext, cancellationToken)).Position != asking
                ? null
                : UrgentNotice(turnContext, await NoteAsync(turnContext, triage, cancellationToken)), cancellationToken);

    // Kept for the clinician summary only once she agreed that answers may be kept; the sign's name, not her words.
    // True when it is in her record.
    private async Task<bool> NoteAsync(ITurnContext turnContext, TriageResult triage, CancellationToken cancellationToken)
    {
        if (triage.Sign is null || (await coaching.RecordAsync(turnContext, cancellationToken)).Consent != ConsentStatus.Given)
        {
            return false;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var notes = await state.NotesAsync(turnContext, cancellationToken);
        if (!notes.Signs.Any(s => s.Sign == triage.Sign && s.Class == triage.Class && s.ReportedOn == today))
        {
            await state.SaveNotesAsync(turnContext, notes with { Signs = [.. notes.Signs, new NotedSign(triage.Sign, triage.Class, today)] }, cancellationToken);
        }

        return true;
    }

    // "No, but I fell yesterday": the rest of her message is not read when the open question comes back, so an urgent
    // sign in it gets its notice here.
    private async Task<SafetyOutcome> WithUrgentNoticeAsync(ITurnContext turnContext, TriageResult triage, SafetyOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome == SafetyOutcome.AskOpenQuestionAgain && triage.Class == TriageClass.Urgent)
        {
            SayUrgentWithFirstReply(turnContext, await NoteAsync(turnContext, triage, cancellationToken), cancellationToken);
        }

        return outcome;
    }

    // The notice says it is noted for her doctor only when it is.
    private void SayUrgentWithFirstReply(ITurnContext turnContext, bool noted, CancellationToken cancellationToken) =>
        SayWithFirstReply(turnContext, UrgentNotice(turnContext, noted), cancellationToken);

    private string UrgentNotice(ITurnContext turnContext, bool noted) =>
        Fill(turnContext, SafetyTextKeys.Urgent) + (noted ? " " + Texts.Text(SafetyTextKeys.UrgentNoted) : string.Empty);

    // A notice for a message that goes on goes out just before the turn's first reply, not now: sent now it would count
    // as the turn's answer, and a prompt that did not understand her message skips its retry when the turn has already
    // responded, which left her with the notice and no question. Notices keep the order they were given in. Every
    // message turn sends something (CoachBot never stays silent), so they always go.
    private static void SayWithFirstReply(ITurnContext turnContext, string notice, CancellationToken cancellationToken) =>
        SayWithFirstReply(turnContext, () => Task.FromResult<string?>(notice), cancellationToken);

    // A notice worked out when the reply goes (null: nothing to say by then).
    private static void SayWithFirstReply(ITurnContext turnContext, Func<Task<string?>> notice, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.Get<FirstReplyNotices>() is { } queued)
        {
            queued.Add(notice);
            return;
        }

        var notices = new FirstReplyNotices { notice };
        turnContext.TurnState.Set(notices);
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            var pending = notices.ToList();
            notices.Clear();
            foreach (var say in pending)
            {
                if (await say() is { } text)
                {
                    await context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
                }
            }

            return await next();
        });
    }

    private sealed class FirstReplyNotices : List<Func<Task<string?>>>;

    private Task SayAsync(ITurnContext turnContext, string textKey, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(Fill(turnContext, textKey)), cancellationToken);

    private string Fill(ITurnContext turnContext, string textKey)
    {
        var numbers = helplines.For(turnContext.Activity);
        return Texts.Text(textKey)
            .Replace("{emergency}", numbers.Emergency, StringComparison.Ordinal)
            .Replace("{crisis}", numbers.Crisis, StringComparison.Ordinal);
    }

    // The class only: the sign or her words would put health information in the logs.
    [LoggerMessage(EventId = 1700, Level = LogLevel.Information, Message = "Triage: {TriageClass} (conversation {ConversationId})")]
    private static partial void LogTriaged(ILogger logger, TriageClass triageClass, string? conversationId);
}
