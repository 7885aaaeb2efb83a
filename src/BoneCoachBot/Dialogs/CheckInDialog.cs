using BoneCoachBot.ChannelRendering;
using BoneCoach.Assessment;
using BoneCoach.Dialogs;
using BoneCoachBot.Wording;
using BoneCoachBot.CheckIns;
using BoneCoachBot.CheckIns.Progress;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// The weekly check-in (dialogs/checkin.json): seven quick questions, then progress from the assessment core, the goals
/// adjusted for next week, and a red-flag notice first when she reports a fall, fracture or new back pain.
/// An answer not understood after three tries, skipped, or not remembered ("not sure") is kept as unknown rather than
/// blocking the check-in.
/// Then at most two of the questions her first plan left for later, highest layer first (<see cref="DeepenDialog"/>).
/// </summary>
public sealed class CheckInDialog : ComponentDialog
{
    private const string Steps = nameof(CheckInDialog) + "Steps";
    private const string CountPrompt = "checkInCount";
    private const string HoursPrompt = "checkInHours";
    private const string ChoicePromptId = "checkInChoice";
    private const string AnswersKey = "answers";

    private readonly CheckInTexts _texts;
    private readonly CheckInState _state;
    private readonly ICoachingMessages _messages;
    private readonly ProgressMessage _progress;
    private readonly TimeProvider _timeProvider;
    private readonly CoachingState _coaching;
    private readonly Commands.CommandCatalog _commands;
    private readonly AnswerGuide _guide;

    // A check-in stays short: two deeper questions a week get through the rest over a few weeks.
    private const int DeeperQuestionsPerCheckIn = 2;

    // In the turn's language: read per turn, never kept.
    private DialogScript Script => _texts.CheckIn;

    public CheckInDialog(CheckInTexts texts, CheckInState state, CoachingState coaching, ICoachingMessages messages, ProgressMessage progress, TimeProvider timeProvider,
        DeepenDialog deepen, Commands.CommandCatalog commands, AnswerGuide guide)
        : base(nameof(CheckInDialog))
    {
        ArgumentNullException.ThrowIfNull(commands);
        _commands = commands;
        _guide = guide;
        _texts = texts;
        _state = state;
        _coaching = coaching;
        _messages = messages;
        _progress = progress;
        _timeProvider = timeProvider;
        AddDialog(new WaterfallDialog(Steps,
        [
            AskStrengthStepAsync, AskImpactStepAsync, AskBalanceStepAsync, AskProteinStepAsync, AskSleepStepAsync,
            AskSupplementsStepAsync, AskFallStepAsync, ShowProgressStepAsync, CloseStepAsync,
        ]));
        AddDialog(deepen);
        AddDialog(new DayCountPrompt(CountPrompt, CountAsync));
        AddDialog(new NumberPrompt<double>(HoursPrompt, HoursAsync));
        AddDialog(new ChoicePrompt(ChoicePromptId) { Style = ChannelChoices.Style });
        InitialDialogId = Steps;
    }

    // Finished or cancelled from outside (the conversation's "cancel", "restart"): either way the check-in is closed.
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        var flags = await _state.Flags.GetAsync(turnContext, () => new CheckInFlags(), cancellationToken);
        await _state.Flags.SetAsync(turnContext, flags with { CheckInOpen = false, Ahead = null }, cancellationToken);
        await _coaching.SetPositionAsync(turnContext, null, cancellationToken);
        await base.EndDialogAsync(turnContext, instance, reason, cancellationToken);
    }

    private async Task<DialogTurnResult> AskStrengthStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.IsBack)
        {
            await step.Context.SendActivityAsync(Script.Text(CheckInTextKeys.Intro), cancellationToken: cancellationToken);
        }

        return await AskAsync(step, CountPrompt, CheckInQuestionIds.StrengthSessions, cancellationToken);
    }

    private async Task<DialogTurnResult> AskImpactStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Remember(step, a => a with { StrengthSessions = Count(step) });
        return await AskAsync(step, CountPrompt, CheckInQuestionIds.ImpactDays, cancellationToken);
    }

    private async Task<DialogTurnResult> AskBalanceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Remember(step, a => a with { ImpactDays = Count(step) });
        return await AskAsync(step, CountPrompt, CheckInQuestionIds.BalanceSessions, cancellationToken);
    }

    private async Task<DialogTurnResult> AskProteinStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Remember(step, a => a with { BalanceSessions = Count(step) });
        return await AskAsync(step, CountPrompt, CheckInQuestionIds.ProteinDays, cancellationToken);
    }

    private async Task<DialogTurnResult> AskSleepStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Remember(step, a => a with { ProteinDays = Count(step) });
        return await AskAsync(step, HoursPrompt, CheckInQuestionIds.SleepHours, cancellationToken);
    }

    private async Task<DialogTurnResult> AskSupplementsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Remember(step, a => a with { SleepHours = step.Outcome is null ? step.ResultAs<double?>() : null });
        return await AskAsync(step, ChoicePromptId, CheckInQuestionIds.SupplementsTaken, cancellationToken);
    }

    private async Task<DialogTurnResult> AskFallStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Remember(step, a => a with { Supplements = Chosen(step, CheckInQuestionIds.SupplementsTaken) });
        return await AskAsync(step, ChoicePromptId, CheckInQuestionIds.FallFractureOrPain, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowProgressStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = Remember(step, a => a with { FallFractureOrPain = Chosen(step, CheckInQuestionIds.FallFractureOrPain) });
        var today = DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime);
        var record = await _state.RecordOfAsync(step.Context, cancellationToken);
        var history = record.History.Append(answers.ToCheckIn(CheckInAnswers.WeekReported(today))).ToList();
        var report = ProgressTracker.Track(record.GoalsOrDefault, history);
        var updated = record with { History = history, Goals = Adjusted(report) };
        await _state.Record.SetAsync(step.Context, updated, cancellationToken);

        if (report.HasRedFlag)
        {
            // The product's one red-flag wording (Wording/), clinician first, emergency numbers when urgent.
            await step.Context.SendActivityAsync(_messages.RedFlagNotice(report.NewRedFlags), cancellationToken: cancellationToken);
        }

        await step.Context.SendActivityAsync(Script.Text(CheckInTextKeys.Done), cancellationToken: cancellationToken);
        await step.Context.SendActivityAsync(_progress.Build(updated, report), cancellationToken);
        // Not after a red flag: then the clinician comes first, not more questions.
        return report.HasRedFlag
            ? await step.EndDialogAsync(null, cancellationToken)
            : await step.BeginDialogAsync(nameof(DeepenDialog), DeeperQuestions(), cancellationToken);
    }

    // Her balance sessions were just asked about this week: "how many a week do you practise balance?" right after
    // would be the same question twice. Fine-tune asks it.
    private DeepenAsk DeeperQuestions() => new()
    {
        Max = DeeperQuestionsPerCheckIn,
        Intro = _commands.Text(DeepenTextKeys.CheckInDeeper),
        Except = [LoadingQuestionIds.BalanceSessionsPerWeek],
    };

    private static async Task<DialogTurnResult> CloseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.EndDialogAsync(null, cancellationToken);

    // The core suggests each goal's next value (unchanged on a red flag: loading pauses, its goal does not shrink).
    private static List<TrackedGoal> Adjusted(ProgressReport report) =>
        report.Targets.Select(t => t.Goal with { WeeklyGoal = t.SuggestedGoal }).ToList();

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string promptId, string questionId, CancellationToken cancellationToken)
    {
        if (step.Outcome is Unknown)
        {
            await step.Context.SendActivityAsync(Script.Text(CheckInTextKeys.LeftOut), cancellationToken: cancellationToken);
        }

        if (await TakeAheadAsync(step.Context, questionId, cancellationToken) is { } told)
        {
            await step.Context.SendActivityAsync(Script.Text(CheckInTextKeys.AheadTaken).Replace("{question}", Script.Question(questionId).Ask, StringComparison.Ordinal)
                .Replace("{value}", ProgressSummary.Number(told), StringComparison.Ordinal), cancellationToken: cancellationToken);
            return await step.NextAsync(promptId == CountPrompt ? (int)told : told, cancellationToken);
        }

        // The open question, so "why" explains it and a return after a pause names the check-in.
        await _coaching.SetPositionAsync(step.Context, new QuestionPosition(ScriptParts.CheckIn, questionId), cancellationToken);
        return await step.PromptAsync(promptId, Options(Script.Question(questionId), SubjectWords(_guide, questionId)), cancellationToken);
    }

    // The answer she gave this question before it was asked, taken once.
    private async Task<double?> TakeAheadAsync(ITurnContext turnContext, string questionId, CancellationToken cancellationToken)
    {
        var flags = await _state.Flags.GetAsync(turnContext, () => new CheckInFlags(), cancellationToken);
        if (flags.Ahead is null || !flags.Ahead.TryGetValue(questionId, out var told))
        {
            return null;
        }

        await _state.Flags.SetAsync(turnContext, flags with { Ahead = flags.Ahead.Where(a => a.Key != questionId).ToDictionary() }, cancellationToken);
        return told;
    }

    // "I slept about 6 hours, woke up a lot" at the balance count answers a later question: kept for it, and she hears
    // so before the open question comes again. Only a value said with what that question asks about.
    private async Task<bool> KeepAheadAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var open = (await _coaching.MarksAsync(turnContext, cancellationToken)).Position?.QuestionId;
        var culture = ReaderCulture.Of(turnContext);
        var later = Script.Questions.SkipWhile(q => q.Id != open).Skip(1);
        if (later.Select(q => (q.Id, Value: AheadValue(q, text, culture))).FirstOrDefault(a => a.Value is not null) is not { Value: { } value } ahead)
        {
            return false;
        }

        var flags = await _state.Flags.GetAsync(turnContext, () => new CheckInFlags(), cancellationToken);
        await _state.Flags.SetAsync(turnContext, flags with { Ahead = new Dictionary<string, double>(flags.Ahead ?? [], StringComparer.Ordinal) { [ahead.Id] = value } }, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text(Script.Text(CheckInTextKeys.AheadKept)), cancellationToken);
        return true;
    }

    private double? AheadValue(QuestionScript question, string text, string culture)
    {
        var rules = RulesFor(question.Answer);
        if (question.Id == CheckInQuestionIds.SleepHours)
        {
            return Phrases.ContainsAny(text, _guide.Fact(CheckInQuestionIds.SleepHours)?.Cues ?? [])
                && NumberReader.Read(text, culture, rules) is { Kind: NumberAnswerKind.Value, Value: { } hours } ? (double)hours : null;
        }

        var subject = SubjectWords(_guide, question.Id);
        return subject.Count > 0 && Phrases.ContainsAny(text, subject) && DayCountPrompt.Decides(text, culture, subject, out var count)
            && count is { } days && days >= (rules.Min ?? 0) && days <= (rules.Max ?? int.MaxValue) ? days : null;
    }

    // The profile questions that count the same thing: their words ("weights", "bands") name what a check-in count counts.
    // The impact the plan sets includes brisk walks.
    private static readonly Dictionary<string, string[]> CountedAs = new(StringComparer.Ordinal)
    {
        [CheckInQuestionIds.StrengthSessions] = [LoadingQuestionIds.StrengthSessionsPerWeek],
        [CheckInQuestionIds.ImpactDays] = [LoadingQuestionIds.ImpactDaysPerWeek, LoadingQuestionIds.WalkingDaysPerWeek],
        [CheckInQuestionIds.BalanceSessions] = [LoadingQuestionIds.BalanceSessionsPerWeek],
    };

    /// <summary>The words that name what a check-in question counts, in the turn's language (none for the others).</summary>
    public static IReadOnlyList<string> SubjectWords(AnswerGuide guide, string questionId)
    {
        ArgumentNullException.ThrowIfNull(guide);
        return CountedAs.TryGetValue(questionId, out var profileQuestions)
            ? [.. profileQuestions.SelectMany(id => guide.Fact(id) is { } fact ? fact.Cues.Concat(fact.About) : [])]
            : [];
    }

    /// <summary>A check-in question as PromptOptions (also used to ask it again in another language).</summary>
    public static PromptOptions Options(QuestionScript question, IReadOnlyList<string> subject)
    {
        ArgumentNullException.ThrowIfNull(question);
        var options = new PromptOptions
        {
            Prompt = MessageFactory.Text(question.Ask),
            RetryPrompt = question.Retry is null ? null : MessageFactory.Text(question.Retry),
            Validations = question.Answer.Type == AnswerType.Choice ? question.Answer : RulesFor(question.Answer, subject),
            AllowSkip = true,
            // "not sure" of last week's count is left out, as "skip" would be. The choices stay asked: "not sure" of a fall
            // or new back pain is not something to pass over.
            AllowUnknown = question.Answer.Type != AnswerType.Choice,
        };
        if (question.Answer.Type == AnswerType.Choice)
        {
            options.Choices = question.Answer.Choices.Select(c => new Choice(c.Title, [c.Value, .. c.Synonyms])).ToList();
        }

        return options;
    }

    /// <summary>The prompts that ask a check-in question.</summary>
    public static readonly IReadOnlySet<string> QuestionPromptIds = new HashSet<string>(StringComparer.Ordinal) { CountPrompt, HoursPrompt, ChoicePromptId };

    /// <summary>
    /// How a check-in number is read: in the question's range, with its own units only ("7 hours" at the sleep question),
    /// never another unit's number ("60 kg" is not hours of sleep).
    /// </summary>
    public static NumberRules RulesFor(AnswerSpec answer, IReadOnlyList<string>? subject = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new NumberRules
        {
            Min = (decimal?)answer.Min,
            Max = (decimal?)answer.Max,
            Integer = answer.Integer,
            Units = [.. answer.Accepts],
            UnitFallback = false,
            Cues = [.. subject ?? []],
        };
    }

    // One typed record in the waterfall's values instead of a string key per answer.
    private static CheckInAnswers Remember(WaterfallStepContext step, Func<CheckInAnswers, CheckInAnswers> change)
    {
        var current = step.Values.TryGetValue(AnswersKey, out var stored) ? StateValue.As<CheckInAnswers>(stored) : null;
        var updated = change(current ?? new CheckInAnswers());
        step.Values[AnswersKey] = updated;
        return updated;
    }

    private static int? Count(WaterfallStepContext step) => step.Outcome is null ? step.ResultAs<int?>() : null;

    private string? Chosen(WaterfallStepContext step, string questionId) =>
        step.Outcome is null && step.ResultAs<FoundChoice>() is { } found
            ? Script.Question(questionId).Answer.Choices[found.Index].Value
            : null;

    // "yes, 3 eggs a day" at the sleep question counts eggs: a number said of another thing, without hours, is no sleep.
    private async Task<bool> HoursAsync(PromptValidatorContext<double> prompt, CancellationToken cancellationToken)
    {
        var text = prompt.Context.Activity.Text ?? string.Empty;
        var inHours = MentionFinder.Find(text, ReaderCulture.Of(prompt.Context)).Any(m => m.Unit is not null);
        return (await InRangeAsync(prompt, cancellationToken) && (inHours || _guide.OtherThing(CheckInQuestionIds.SleepHours, text) is null))
            || await KeptAheadAsync(prompt, text, cancellationToken);
    }

    // An answer to a later question is kept for it, and the open one asked again (false: this one is still unanswered).
    private async Task<bool> KeptAheadAsync<T>(PromptValidatorContext<T> prompt, string text, CancellationToken cancellationToken)
    {
        if (await KeepAheadAsync(prompt.Context, text, cancellationToken))
        {
            await prompt.Context.SendActivityAsync(prompt.Options.Prompt, cancellationToken);
        }

        return false;
    }

    // "two portions" at "how many strength sessions?" counts portions, as in onboarding: no count of the sessions.
    // "I go swimming twice" counts swimming: she hears why it isn't counted here, and the question comes again.
    private async Task<bool> CountAsync(PromptValidatorContext<int> prompt, CancellationToken cancellationToken)
    {
        var text = prompt.Context.Activity.Text ?? string.Empty;
        var subject = StateValue.As<NumberRules>(prompt.Options.Validations)?.Cues ?? [];
        if (!await InRangeAsync(prompt, cancellationToken) || _guide.CountsOnlyOtherThings(subject, text, MentionFinder.Find(text, ReaderCulture.Of(prompt.Context)))
            || NamesAnotherCount(subject, text))
        {
            return await KeptAheadAsync(prompt, text, cancellationToken);
        }

        if (subject.Count == 0 || _guide.OtherThing(string.Empty, subject, text) is not { } thing)
        {
            return true;
        }

        // The prompt asks again only when nothing was said: after why it doesn't count, the question comes again here.
        if (_guide.CountsTopic(thing) is { } counts)
        {
            await prompt.Context.SendActivityAsync(MessageFactory.Text(counts.Answer), cancellationToken);
            await prompt.Context.SendActivityAsync(prompt.Options.RetryPrompt ?? prompt.Options.Prompt, cancellationToken);
        }

        return false;
    }

    // "I did some skipping on 3 days" at the strength count names what another check-in count counts (impact), and not
    // this one's: its number is not this count.
    private bool NamesAnotherCount(IList<string> subject, string text) =>
        subject.Count > 0 && !Phrases.ContainsAny(text, subject)
        && CountedAs.Keys.Select(id => SubjectWords(_guide, id)).Any(words => !words.SequenceEqual(subject) && Phrases.ContainsAny(text, words));

    private static Task<bool> InRangeAsync<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken)
        where T : struct
    {
        if (!prompt.Recognized.Succeeded)
        {
            return Task.FromResult(false);
        }

        var rules = StateValue.As<NumberRules>(prompt.Options.Validations);
        var value = Convert.ToDecimal(prompt.Recognized.Value, System.Globalization.CultureInfo.InvariantCulture);
        return Task.FromResult((rules?.Min is not { } min || value >= min) && (rules?.Max is not { } max || value <= max));
    }
}
