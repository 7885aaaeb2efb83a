using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>A change to an answer she gave earlier.</summary>
public sealed record AnswerChange(PartQuestion Question, StoredAnswer? Old, StoredAnswer New);

/// <summary>
/// "actually I'm 61 not 62", "I meant 150 pounds", "change my weight to 58 kg", "my T-score was -2.1 not -1.2":
/// finds the earlier answer she means (by its cue words or its unit, never the open question) and its new value.
/// </summary>
public sealed class AnswerCorrections(AnswerGuide guide, AnswerReader reader)
{
    /// <summary>The correction her message makes, or null when it names no earlier answer we can change.</summary>
    public AnswerChange? Find(string text, IReadOnlyDictionary<string, StoredAnswer> answers, string? openQuestionId, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(options);
        var wanted = Phrases.WithoutOldValue(text);
        if (WasNamed(text, wanted, answers, openQuestionId, options) is { } named)
        {
            return Change(named, answers);
        }

        var found = guide.Questions
            .Where(q => q.Question.Id != openQuestionId && answers.ContainsKey(q.Question.Id))
            .Select(q => (Question: q, Read: reader.Read(q.Question, wanted, options with { Strict = true, CueText = wanted })))
            .Where(x => x.Read.IsValue)
            .ToList();
        var cued = found.Where(x => Phrases.ContainsAny(wanted, guide.Fact(x.Question.Question.Id)!.Cues)).ToList();
        var chosen = cued.Count == 1 ? cued[0]
            : NamesAnotherAnswer(wanted, found) ? default
            : found.Count == 1 ? found[0] : found.Count == 0 ? JustAnswered(wanted, answers, openQuestionId, options) : default;
        return chosen.Question is null ? null : Change(chosen, answers);
    }

    // "oops my weight is 70 not 68", with no weight kept yet (or at the weight question itself): the 70 read as her age
    // must not change her age. Words that name a question the value can't be read for, the open one included, leave the
    // change to no other answer. (Her age's cues, "I'm", open half of all sentences, so they name nothing.)
    private bool NamesAnotherAnswer(string wanted, IEnumerable<(PartQuestion Question, AnswerRead Read)> found) =>
        guide.Questions.Any(q => q.Question.Id != AnswerGuide.AgeQuestion && found.All(f => f.Question != q)
            && Phrases.ContainsAny(wanted, guide.Fact(q.Question.Id)?.Cues ?? []));

    /// <summary>
    /// The change to <paramref name="value"/> of the one earlier answer her words name by its cue ("my age"), or
    /// null. Words that carry a number are an answer or a correction of their own.
    /// </summary>
    public AnswerChange? Named(string text, string value, IReadOnlyDictionary<string, StoredAnswer> answers, string? openQuestionId, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(options);
        if (MentionFinder.Find(text, options.Culture).Count > 0)
        {
            return null;
        }

        var named = guide.Questions
            .Where(q => q.Question.Id != openQuestionId && answers.ContainsKey(q.Question.Id)
                && guide.Fact(q.Question.Id) is { } fact && Phrases.ContainsAny(text, fact.Cues))
            .ToList();
        var read = named.Count == 1 ? reader.Read(named[0].Question, value, options with { CueText = text }) : AnswerRead.Unread;
        return read.IsValue ? Change((named[0], read), answers) : null;
    }

    // A "change" to the value she already has ("62" read as inches for a height of 5 ft 2) changes nothing: not one.
    private static AnswerChange? Change((PartQuestion Question, AnswerRead Read) chosen, IReadOnlyDictionary<string, StoredAnswer> answers)
    {
        var old = answers[chosen.Question.Question.Id] is { Skipped: false } given ? given : null;
        return old?.Number is { } was && chosen.Read.Answer!.Number is { } now && Math.Abs(was - now) < 0.05
            ? null
            : new AnswerChange(chosen.Question, old, chosen.Read.Answer!);
    }

    // "actually I meant 62 not 61": the answer that was 61 is the one she changes, to the new value read as its answer
    // (no cue needed: the old value names it), whatever else 62 could be.
    private (PartQuestion Question, AnswerRead Read)? WasNamed(string text, string wanted, IReadOnlyDictionary<string, StoredAnswer> answers, string? openQuestionId, ReadOptions options)
    {
        if (CorrectionReader.Read(text, options.Culture) is not { OldValue: { } said, NewValue: { } now })
        {
            return null;
        }

        var was = (double)said.Value;
        var matching = guide.Questions
            .Where(q => q.Question.Id != openQuestionId && answers.TryGetValue(q.Question.Id, out var given) && given.Number is { } number && Math.Abs(number - was) < 0.05)
            .Select(q => (Question: q, Read: reader.Read(q.Question, now.Text, options with { CueText = wanted })))
            .Where(x => x.Read.IsValue)
            .ToList();
        return matching.Count == 1 ? matching[0] : null;
    }

    // "once", then at the next question "actually twice a week": an amount naming nothing changes the amount she has just
    // given: the question she answered last, whatever its part ("oh sorry I meant 3" at the first question of the next
    // part); without that mark, the answered question before the open one in its part. Never a yes/no or a choice (a
    // list filled those).
    private (PartQuestion Question, AnswerRead Read) JustAnswered(string wanted, IReadOnlyDictionary<string, StoredAnswer> answers, string? openQuestionId, ReadOptions options)
    {
        var previous = options.LastAnswered is { } last
            ? LastGiven(last, answers, openQuestionId)
            : BeforeInItsPart(answers, openQuestionId);
        if (previous?.Question.Answer.Type is not (AnswerType.Number or AnswerType.Quantity or AnswerType.Frequency or AnswerType.Duration))
        {
            return default;
        }

        // How often is read from the new value alone: the frequency reader takes a whole "I meant twice a week" for a correction.
        var now = CorrectionReader.Read(wanted, options.Culture)?.NewValue;
        var said = now is { Kind: MentionKind.Frequency } often ? often.Text : wanted;
        var read = reader.Read(previous.Question, said, options with { CueText = wanted });
        return read.IsValue && !CouldMeanAnother(previous, now, answers, openQuestionId, options) ? (previous, read) : default;
    }

    // "oh I meant 62" after "I'm 61" and "5 foot 3": a number without a unit is her height only by a guess at its unit
    // (inches), while it is close to another answer as it stands (her age). She is asked which answer she means.
    private bool CouldMeanAnother(PartQuestion previous, Mention? now, IReadOnlyDictionary<string, StoredAnswer> answers, string? openQuestionId, ReadOptions options)
    {
        if (previous.Question.Answer.Type != AnswerType.Quantity || now is not { Kind: MentionKind.Number })
        {
            return false;
        }

        var value = (double)now.Value;
        return guide.Questions.Any(q => q != previous && q.Question.Id != openQuestionId
            && answers.TryGetValue(q.Question.Id, out var given) && given.Number is { } old && IsClose(old, value)
            && reader.Read(q.Question, now.Text, options).IsValue);
    }

    // Within a tenth, or 2 for small numbers: 61 and 62 years, 57.2 and 62 kg.
    private static bool IsClose(double old, double value) => Math.Abs(old - value) <= Math.Max(2, Math.Abs(old) / 10);

    private PartQuestion? LastGiven(string last, IReadOnlyDictionary<string, StoredAnswer> answers, string? openQuestionId) =>
        last != openQuestionId && answers.TryGetValue(last, out var given) && !given.Skipped ? guide.Questions.FirstOrDefault(q => q.Question.Id == last) : null;

    private PartQuestion? BeforeInItsPart(IReadOnlyDictionary<string, StoredAnswer> answers, string? openQuestionId)
    {
        var questions = guide.Questions;
        var open = questions.FirstOrDefault(q => q.Question.Id == openQuestionId);
        return open is null ? null : questions.TakeWhile(q => q != open)
            .LastOrDefault(q => q.Part == open.Part && answers.TryGetValue(q.Question.Id, out var given) && !given.Skipped);
    }
}
