using BoneCoach.Dialogs;
using System.Text.RegularExpressions;
using BoneCoachBot.Coaching;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>A fact found in her message for a question other than the open one.</summary>
public sealed record FactFill(PartQuestion Question, FactScript Fact, StoredAnswer Answer, bool AlreadyAnswered);

/// <summary>What one message says: the open question's reading and the facts for other questions.</summary>
public sealed record MessageReading(AnswerRead Open, IReadOnlyList<FactFill> Facts);

/// <summary>
/// Splits a message into clauses ("62, 60 kg, 165 cm"; "I take prednisolone, 5 mg a day, been on it about 2 years")
/// and gives each clause to the question it belongs to: the open one, or another that dialogs/answers.json ties to it
/// by a cue word or its own unit. A clause two other questions could take is left alone: no value is guessed.
/// </summary>
public sealed partial class MessageReader(AnswerGuide guide, AnswerReader reader)
{
    public MessageReading Read(QuestionScript? open, string text, ReadOptions options, IReadOnlyDictionary<string, StoredAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(answers);
        // A choice may be named after a bare "yes" or "no" ("yes, stage 4", "no, I quit years ago"), or a later clause may
        // undo an earlier one ("I smoked for years but stopped"): then the whole message is read first, so one clause alone
        // cannot settle it with the option that shares its words ("yes, not sure").
        var openRead = open?.Answer.Type == AnswerType.Choice && (YesOrNoThenMore(text, options.Culture) || ZeroWords.SaysNoLonger(text)) && reader.Read(open, text, options) is { IsValue: true } whole
            ? whole
            : AnswerRead.Unread;
        var facts = new List<FactFill>();
        // "un vaso de leche, un yogur y un trozo de queso" is one answer (3 things), not three clauses.
        IReadOnlyList<string> clauses = ListedItems.Count(text, options.Culture) is > 1 ? [text] : Clauses(text);
        foreach (var clause in clauses)
        {
            var here = open is not null && !Settled(openRead) ? reader.Read(open, clause, options) : AnswerRead.Unread;
            if (open is not null && here.IsValue && IsAboutSomethingElse(open, here, clause, clauses))
            {
                here = AnswerRead.Unread;
            }

            var count = open?.Answer.Type == AnswerType.YesNo && (!Settled(openRead) || IsYes(open, openRead))
                ? CountAskedAbout(open, clause, answers, options)
                : null;
            if (count is not null && here.Kind == AnswerReadKind.Unread && !Settled(openRead))
            {
                // "Have you fallen?" "Twice.": a count above zero of what the question asks about is a yes.
                here = reader.Yes();
            }

            var yes = IsYes(open, here) || IsYes(open, openRead);
            var other = Other(open, clause, text, answers, options, here.Kind != AnswerReadKind.Unread) ?? (yes ? count : null);
            var tookOther = other is not null && facts.All(f => f.Question.Question.Id != other.Question.Question.Id);
            if (tookOther)
            {
                facts.Add(other!);
            }

            // A clause is one question's, except a yes that carries its count: "I fell twice" is yes to "have you fallen?" and 2 falls.
            if (here.Kind != AnswerReadKind.Unread && !Settled(openRead) && (!tookOther || yes))
            {
                openRead = here;
            }
        }

        return new MessageReading(openRead, facts);
    }

    // "I had one scan a couple of years ago" at "for how long?" dates the scan; "No, my kidneys are fine" at "how many mg?"
    // answers another question: a time or a bare no/none taken from such a message is not this answer.
    private bool IsAboutSomethingElse(QuestionScript open, AnswerRead here, string clause, IReadOnlyList<string> clauses)
    {
        var zero = here.Answer?.Number == 0 && open.Answer.Type is AnswerType.Number or AnswerType.Quantity or AnswerType.Frequency;
        if (open.Answer.Type != AnswerType.Duration && !zero)
        {
            return false;
        }

        var nearby = zero ? clauses : [clause];
        return !nearby.Any(c => NamesSubjectOf(open.Id, c)) && nearby.Any(c => NamesAnotherSubject(open.Id, c));
    }

    private bool NamesSubjectOf(string questionId, string clause) =>
        guide.Fact(questionId) is { } fact && Phrases.ContainsAny(clause, fact.Cues.Concat(fact.YesWhen));

    // Her age's cues ("I'm", "I am") begin half of all sentences, so they name no subject here.
    private bool NamesAnotherSubject(string openId, string clause) =>
        guide.Questions.Any(q => q.Question.Id != openId && q.Question.Id != AgeQuestion && NamesSubjectOf(q.Question.Id, clause));

    private const string AgeQuestion = "age";

    private static bool YesOrNoThenMore(string text, string culture) =>
        Clauses(text) is { Count: > 1 } clauses && ConfirmWords.For(culture).Match(clauses[0]) is not null;

    private static bool Settled(AnswerRead read) => read.Kind is AnswerReadKind.Value or AnswerReadKind.Unknown;

    // Another question takes a clause the open one can read only when its own cue is in the clause and the open one's is not.
    private FactFill? Other(QuestionScript? open, string clause, string message, IReadOnlyDictionary<string, StoredAnswer> answers, ReadOptions options, bool openReadsIt)
    {
        var inClause = Candidates(open, clause, clause, options);
        var cuedInClause = inClause.Where(c => Phrases.ContainsAny(clause, c.Fact.Cues.Concat(c.Fact.YesWhen))).ToList();
        if (openReadsIt)
        {
            var openFact = open is null ? null : guide.Fact(open.Id);
            if (cuedInClause.Count != 1 || (openFact is not null && Phrases.ContainsAny(clause, openFact.Cues)))
            {
                return null;
            }

            inClause = cuedInClause;
        }

        var chosen = Unique(inClause, cuedInClause) ?? (openReadsIt ? null : Unique(Candidates(open, clause, message, options), []));
        return chosen is null ? null : chosen with { AlreadyAnswered = answers.TryGetValue(chosen.Question.Question.Id, out var old) && !old.Skipped };
    }

    private static bool IsYes(QuestionScript? open, AnswerRead read) =>
        open?.Answer.Type == AnswerType.YesNo && read is { IsValue: true, Answer.YesNo: true };

    // "Have you fallen in the last 12 months?" "Twice.": the number fills the count the question itself names (its wording
    // holds that count's cue, "fallen"), a number question not met yet (so never an earlier count, at "did those falls hurt you?").
    private FactFill? CountAskedAbout(QuestionScript open, string clause, IReadOnlyDictionary<string, StoredAnswer> answers, ReadOptions options)
    {
        if (Negated().IsMatch(clause))
        {
            return null;
        }

        var counts = Candidates(open, clause, open.Ask, options)
            .Where(c => c.Question.Question.Answer.Type == AnswerType.Number && Phrases.ContainsAny(open.Ask, c.Fact.Cues))
            .Where(c => !answers.ContainsKey(c.Question.Question.Id))
            .ToList();
        return counts.Count == 1 && counts[0].Answer.Number > 0 ? counts[0] : null;
    }

    private static FactFill? Unique(List<FactFill> all, List<FactFill> cued) =>
        all.Count == 1 ? all[0] : cued.Count == 1 ? cued[0] : null;

    private List<FactFill> Candidates(QuestionScript? open, string clause, string cueText, ReadOptions options) =>
        guide.Questions
            .Where(q => q.Question.Id != open?.Id && guide.Fact(q.Question.Id) is not null)
            .Select(q => (Question: q, Read: reader.Read(q.Question, clause, options with { Strict = true, CueText = cueText })))
            .Where(x => x.Read.IsValue)
            .Select(x => new FactFill(x.Question, guide.Fact(x.Question.Question.Id)!, x.Read.Answer!, false))
            .ToList();

    /// <summary>Clauses of a message: split at commas and semicolons followed by a space, full stops, "but", and "and" (not "and a half", not "between 2 and 3", not "now and then").</summary>
    public static IReadOnlyList<string> Clauses(string text) =>
        ClauseBreak().Split(TextBudget.Slice(text)).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();

    // Lookarounds rule out NonBacktracking; none of them repeats inside a repetition, so a loaded machine needs no time-out here.
    [GeneratedRegex(@"[,;]\s+|\.\s+|\s+but\s+|(?<!\bbetween\s+\S+)(?<!\bnow)\s+and\s+(?!a\s+half\b|half\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout.Infinite)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:no|not|never|none|nope|nunca|ninguna?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Negated();
}
