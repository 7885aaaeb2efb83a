using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using BoneCoach.Dialogs;
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
        options = options.Message is null ? options with { Message = text } : options;
        options = answers.TryGetValue(AnswerGuide.AgeQuestion, out var age) && age.Number is { } years ? options with { Age = years } : options;
        // A choice may be named after a bare "yes" or "no" ("yes, stage 4", "no, I quit years ago"), or a later clause may
        // undo an earlier one ("I smoked for years but stopped"): then the whole message is read first, so one clause alone
        // cannot settle it with the option that shares its words ("yes, not sure").
        var openRead = open?.Answer.Type == AnswerType.Choice && (YesOrNoThenMore(text, options.Culture) || ZeroWords.SaysNoLonger(text))
            && reader.Read(open, WithoutOtherSubjects(open.Id, text), options) is { IsValue: true } whole
            ? whole
            : NoAfterAssent(open, text, options.Culture) && reader.Read(open!, text, options) is { IsValue: true } no ? no
            : AnswerRead.Unread;
        var readWhole = openRead.IsValue;
        var facts = new List<FactFill>();
        // "un vaso de leche, un yogur y un trozo de queso" is one answer (3 things), not three clauses.
        IReadOnlyList<string> clauses = ListedItems.Count(text, options.Culture) is > 1 ? [text] : Clauses(text);
        var contrast = false;
        var hers = string.Join(", ", clauses.Where(c => !SomeoneElse.Owns(c, options.Culture)));
        foreach (var clause in clauses)
        {
            if (SomeoneElse.Owns(clause, options.Culture))
            {
                // "my sister is 5 2, I'm 5 5": only what she tells of herself is read, and her value beside theirs is for the
                // same question ("I'm about 60" after "my husband weighs 90 kg" is her weight, not her age).
                var theirs = Theirs(open, clause, options, answers);
                contrast |= theirs.ForOpen;
                openRead = !Settled(openRead) && theirs.Open is { } told ? told : openRead;
                if (theirs.Fact is { } fact && facts.All(f => f.Question.Question.Id != fact.Question.Question.Id))
                {
                    facts.Add(fact);
                }

                continue;
            }

            // "un yogur y leche en el café, así que 2": a count that sums up what she listed outweighs the one read from a thing.
            var sumsUp = open?.Answer.Type == AnswerType.Number && SumUp().IsMatch(TextNormalizer.Normalize(clause));
            // "I don't know, about 60 I think": the rough figure she offers after not knowing is her answer ("not sure, probably
            // moderate": the option, read back first).
            var guesses = openRead.Kind == AnswerReadKind.Unknown && open is not null && AnswerReader.OffersAGuess(open, clause);
            var here = open is not null && (!Settled(openRead) || openRead.Answer?.Number == 0 || sumsUp || guesses) ? reader.Read(open, clause, options) : AnswerRead.Unread;
            if (contrast && here.Kind == AnswerReadKind.Unread && MentionFinder.Find(clause, options.Culture) is [{ Kind: MentionKind.Number } own])
            {
                here = reader.Read(open!, own.Value.ToString(CultureInfo.InvariantCulture), options);
            }

            // Another person's clause is not the "something else" her number counts ("62, my husband weighs 90 kg").
            if (open is not null && here.Kind is AnswerReadKind.Value or AnswerReadKind.OutOfRange or AnswerReadKind.Ambiguous
                && IsAboutSomethingElse(open, here, clause, hers, clauses, options.Culture))
            {
                here = AnswerRead.Unread;
            }

            var count = open?.Answer.Type == AnswerType.YesNo && (!Settled(openRead) || IsYes(open, openRead))
                ? AmountAskedAbout(open, clause, answers, options)
                : null;
            if (count is not null && here.Kind == AnswerReadKind.Unread && !Settled(openRead))
            {
                // "Have you fallen?" "Twice.", "Do you take steroid tablets?" "For a month.": an amount above zero of what the
                // question asks about is a yes.
                here = reader.Yes();
            }

            var yes = IsYes(open, here) || IsYes(open, openRead);
            var others = contrast && here.IsValue ? [] : Others(open, clause, hers, answers, options, here.Kind != AnswerReadKind.Unread);
            var took = (others.Count == 0 && yes && count is not null ? [count] : others).Where(o => facts.All(f => f.Question.Question.Id != o.Question.Question.Id)).ToList();
            facts.AddRange(took);
            var tookOther = took.Count > 0;

            // A clause is one question's, except a yes that carries its count: "I fell twice" is yes to "have you fallen?" and 2 falls.
            // "I don't lift but I do bands twice a week": a later count that names what is asked outweighs the earlier none.
            var outweighsNone = openRead is { IsValue: true, Answer.Number: 0 } && here is { IsValue: true, Answer.Number: > 0 }
                && open is not null && guide.NamesSubjectOf(open.Id, clause);
            var guess = guesses ? AnswerReader.AsGuess(open!, here) : null;
            if (here.Kind != AnswerReadKind.Unread && (!Settled(openRead) || outweighsNone || (sumsUp && here.IsValue) || guess is not null) && (!tookOther || yes))
            {
                openRead = guess ?? here;
            }
        }

        // "pretty hard, I can do about 8 reps": one clause says heavy, the other moderate. Asked, never the first kept.
        if (open?.Answer.Type == AnswerType.Choice && openRead.IsValue && !readWhole && clauses.Count > 1
            && clauses.Where(c => !SomeoneElse.Owns(c, options.Culture)).Select(c => reader.Read(open, c, options))
                .Any(other => other.IsValue && other.Answer!.Choice != openRead.Answer!.Choice))
        {
            openRead = new AnswerRead(AnswerReadKind.Ambiguous);
        }

        return new MessageReading(YesSaidOfOther(open, openRead, text) ? openRead with { AboutOther = true } : openRead, facts);
    }

    // "yes the wrist, I tripped on a kerb" at the steroid question: a bare yes followed only by another question's subject is
    // likely a late answer to that one, so the yes is checked with her before it is kept. Not when the rest names this
    // question's subject or ties itself to the yes ("yes, pred for my arthritis", "yes, with my D3").
    private bool YesSaidOfOther(QuestionScript? open, AnswerRead openRead, string text)
    {
        var said = TextNormalizer.Normalize(text);
        if (!IsYes(open, openRead) || LeadingYes().Match(said) is not { Success: true } yes)
        {
            return false;
        }

        var rest = said[yes.Length..];
        return rest.Length > 0 && !TiedToTheYes().IsMatch(rest) && !guide.NamesSubjectOf(open!.Id, rest) && !Phrases.ContainsAny(rest, guide.SubjectWords(open.Id))
            && !EchoesTheQuestion(open, rest) && guide.NamesSomethingElse(open.Id, rest);
    }

    // "yes, I bruised my hip badly" at "did any of those falls hurt you, for example a bad bruise...?": her words take up the
    // question's own ("bruised", "bruise"), so the yes is hers to it. Words match on their first five letters.
    private static bool EchoesTheQuestion(QuestionScript open, string rest)
    {
        static IEnumerable<string> Stems(string text) =>
            TextNormalizer.Words(text).Where(w => w.Length >= 4 && !CommonWords.Contains(w)).Select(w => w[..Math.Min(5, w.Length)]);

        var asked = Stems(open.Ask).ToHashSet(StringComparer.Ordinal);
        return Stems(rest).Any(asked.Contains);
    }

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "your", "have", "that", "this", "with", "from", "like", "what", "about", "been", "were", "does", "many", "much", "some",
        "those", "these", "them", "they", "their", "there", "when", "which", "would", "could", "should", "example", "such",
        "will", "just", "know", "than", "then", "into", "over", "only", "ever", "also", "usted", "algun", "alguna", "como",
        "para", "esta", "este", "esas", "esos", "tiene", "ejemplo",
    };

    [GeneratedRegex(@"^(?:oh\s+)?(?:yes|yeah|yep|yup|yea|si|claro)\b\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingYes();

    [GeneratedRegex(@"^(?:for|with|because|since|as|to|that s|thats|it s|its|i do|i have|i am|i m|para|con|por|porque|desde|lo|la|los|las)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TiedToTheYes();

    // "I had one scan a couple of years ago" at "for how long?" dates the scan; "No, my kidneys are fine" at "how many mg?"
    // answers another question: a time or a bare no/none taken from such a message is not this answer.
    // "a couple of glasses of wine at the weekend" at the calcium question, "fish maybe once a fortnight" at the sleep one:
    // a count said of another thing is not this answer, unless it carries this question's own unit. A clause that names
    // nothing ("maybe 2" after "tea with milk and a yogurt most days") counts what the rest of the message is about.
    private bool IsAboutSomethingElse(QuestionScript open, AnswerRead here, string clause, string message, IReadOnlyList<string> clauses, string culture)
    {
        var counted = open.Answer.Type is AnswerType.Number or AnswerType.Quantity or AnswerType.Frequency;
        if (counted && !MentionFinder.Find(clause, culture).Any(m => m.Unit is not null)
            && (guide.OtherThing(open.Id, clause) is not null || (NamesNothing(open.Id, clause) && guide.OtherThing(open.Id, message) is not null)))
        {
            return true;
        }

        // "a glass of milk most days and some cheese" at "do you smoke?": an option read from words about another question's
        // subject is not this answer (it was kept as a smoker).
        if (open.Answer.Type == AnswerType.Choice && here.IsValue && guide.OtherThing(open.Id, clause) is not null)
        {
            return true;
        }

        var zero = here.Answer?.Number == 0 && counted;
        if (!here.IsValue || (open.Answer.Type != AnswerType.Duration && !zero))
        {
            return false;
        }

        var nearby = zero ? clauses : [clause];
        return !nearby.Any(c => guide.NamesSubjectOf(open.Id, c)) && nearby.Any(c => guide.NamesAnotherSubject(open.Id, c));
    }

    private bool NamesNothing(string openId, string clause) => !Phrases.ContainsAny(clause, guide.SubjectWords(openId)) && guide.OtherThing(openId, clause) is null;

    // "no, pero me da miedo caerme desde que me caí el invierno pasado": a clause about another question's subject is that
    // question's, so its words ("pasado") never choose an option of the open one ("En el pasado").
    private string WithoutOtherSubjects(string openId, string text) =>
        string.Join(", ", Clauses(text).Where((clause, i) => i == 0 || guide.NamesSubjectOf(openId, clause) || !guide.NamesAnotherSubject(openId, clause)));

    // "ok, I don't take any", "right, no I haven't": the first clause alone is a yes, the whole message a no (ConfirmWords).
    private static bool NoAfterAssent(QuestionScript? open, string text, string culture) =>
        open?.Answer.Type == AnswerType.YesNo && Clauses(text) is { Count: > 1 } clauses
        && ConfirmWords.For(culture).Match(clauses[0]) == true && ConfirmWords.For(culture).Match(text) == false;

    private static bool YesOrNoThenMore(string text, string culture) =>
        Clauses(text) is { Count: > 1 } clauses && ConfirmWords.For(culture).Match(clauses[0]) is not null;

    private static bool Settled(AnswerRead read) => read.Kind is AnswerReadKind.Value or AnswerReadKind.Unknown;

    // Another question takes a clause the open one can read only when its own cue is in the clause and the open one's is not.
    private IReadOnlyList<FactFill> Others(QuestionScript? open, string clause, string message, IReadOnlyDictionary<string, StoredAnswer> answers, ReadOptions options, bool openReadsIt)
    {
        var inClause = Candidates(open, clause, clause, options, answers);
        var cuedInClause = inClause.Where(c => Phrases.ContainsAny(clause, c.Fact.Cues.Concat(c.Fact.YesWhen))).ToList();
        if (openReadsIt)
        {
            var openFact = open is null ? null : guide.Fact(open.Id);
            if (cuedInClause.Count != 1 || (openFact is not null && Phrases.ContainsAny(clause, openFact.Cues)))
            {
                return [];
            }

            inClause = cuedInClause;
        }

        // A clause that names a thing of its own ("I play tennis twice a week, and walk the dog") is not cued by the rest.
        var chosen = Unique(inClause, cuedInClause)
            ?? (openReadsIt ? null : Unique(Candidates(open, clause, message, options).Where(c => guide.OtherThing(c.Question.Question.Id, clause) is null).ToList(), []));
        IReadOnlyList<FactFill> taken = chosen is not null ? [chosen] : NamedYeses(cuedInClause);
        return [.. taken.Select(fact => fact with { AlreadyAnswered = answers.TryGetValue(fact.Question.Question.Id, out var old) && !old.Skipped })];
    }

    // "I'm scared of falling since my fall last winter": yes/no questions each named by its own words are each a yes. The
    // rule that leaves a clause two questions could take alone is for a value that could be either's, not for these.
    private static IReadOnlyList<FactFill> NamedYeses(List<FactFill> cued) =>
        cued.Count > 1 && cued.All(c => c.Question.Question.Answer.Type == AnswerType.YesNo && c.Answer.YesNo == true) ? cued : [];

    // Another person's clause: whether the open question would read a value in it (hers beside it is then for that
    // question), and only a yes whose own words name them ("my mum broke her hip" for a parent's hip fracture).
    private (bool ForOpen, AnswerRead? Open, FactFill? Fact) Theirs(QuestionScript? open, string clause, ReadOptions options, IReadOnlyDictionary<string, StoredAnswer> answers)
    {
        var forOpen = open is not null && reader.Read(open, clause, options).Kind != AnswerReadKind.Unread;
        var openRead = open is not null && TellsOfThem(open, clause) && reader.Read(open, clause, options) is { IsValue: true } read ? read : null;
        var told = Candidates(open, clause, clause, options).Where(c => TellsOfThem(c.Question.Question, clause)).ToList();
        var fact = told is [var only] ? only with { AlreadyAnswered = answers.TryGetValue(only.Question.Question.Id, out var old) && !old.Skipped } : null;
        return (forOpen, openRead, fact);
    }

    // In another person's clause only a yes whose own words name them counts ("my mum broke her hip" for a parent's hip fracture).
    private bool TellsOfThem(QuestionScript question, string clause) =>
        question.Answer.Type is AnswerType.YesNo or AnswerType.Choice && guide.Fact(question.Id) is { } fact
        && Phrases.ContainsAny(clause, fact.YesWhen.Where(SomeoneElse.Names));

    private static bool IsYes(QuestionScript? open, AnswerRead read) =>
        open?.Answer.Type == AnswerType.YesNo && read is { IsValue: true, Answer.YesNo: true };

    // "Have you fallen in the last 12 months?" "Twice.": the number fills the count the question itself names (its wording
    // holds that count's cue, "fallen"), a number question not met yet (so never an earlier count, at "did those falls hurt you?").
    // "Do you take steroid tablets?" "5 mg a day", "I was on them for a month": an amount fills the question her yes opens.
    private FactFill? AmountAskedAbout(QuestionScript open, string clause, IReadOnlyDictionary<string, StoredAnswer> answers, ReadOptions options)
    {
        if (Negated().IsMatch(clause))
        {
            return null;
        }

        // "a yogurt and milk in my tea so 2" at "did any of those falls hurt you?" counts her calcium, not broken bones: a
        // count in a message about another subject is that subject's, unless the message names the count's own.
        var message = options.Message ?? clause;
        var counts = Candidates(open, clause, open.Ask, options)
            .Where(c => (c.Question.Question.Answer.Type == AnswerType.Number && Phrases.ContainsAny(open.Ask, c.Fact.Cues)) || OpenedByYes(c.Question.Question, open))
            .Where(c => !answers.ContainsKey(c.Question.Question.Id))
            .ToList();
        var aboutSomethingElse = counts.Count > 0 && guide.NamesSomethingElse(open.Id, message);
        counts = counts.Where(c => !aboutSomethingElse || guide.NamesSubjectOf(c.Question.Question.Id, message)).ToList();
        return counts.Count == 1 && counts[0].Answer.Number > 0 ? counts[0] : null;
    }

    private static bool OpenedByYes(QuestionScript followUp, QuestionScript yesNo) =>
        followUp.Answer.Type is AnswerType.Number or AnswerType.Quantity or AnswerType.Duration
        && followUp.AskIf.Any(gate => gate.Question == yesNo.Id && gate.Is is { ValueKind: JsonValueKind.True });

    // "about 9 years ago" at the height question, "hace unos 9 años": said alone, before the question that asks when and
    // not yet answered, it is that question's answer. Said later, or with anything else, it could date a scan or a fall.
    private bool AnsweredEarly(QuestionScript? open, PartQuestion question, string clause, IReadOnlyDictionary<string, StoredAnswer>? answers, ReadOptions options)
    {
        if (open is null || answers is null || answers.ContainsKey(question.Question.Id) || guide.Fact(question.Question.Id) is not { AloneCues.Count: > 0 } fact)
        {
            return false;
        }

        var order = guide.Questions.Select(q => q.Question.Id).ToList();
        var asked = order.IndexOf(open.Id);
        return asked >= 0 && asked < order.IndexOf(question.Question.Id) && guide.Find(open.Id)?.Part == question.Part
            && AnswerReader.SaysOnly(clause, fact.AloneCues, options.Culture);
    }

    private static FactFill? Unique(List<FactFill> all, List<FactFill> cued) =>
        all.Count == 1 ? all[0] : cued.Count == 1 ? cued[0] : null;

    private List<FactFill> Candidates(QuestionScript? open, string clause, string cueText, ReadOptions options, IReadOnlyDictionary<string, StoredAnswer>? answers = null) =>
        guide.Questions
            .Where(q => q.Question.Id != open?.Id && guide.Fact(q.Question.Id) is not null)
            .Select(q => (Question: q, Read: reader.Read(q.Question, clause, options with { Strict = !AnsweredEarly(open, q, clause, answers, options), CueText = cueText })))
            .Where(x => x.Read.IsValue && !NamesOnlyAnothersThing(x.Question.Question.Id, clause) && !SaysAChange(x.Question.Question, clause))
            .Select(x => new FactFill(x.Question, guide.Fact(x.Question.Question.Id)!, x.Read.Answer!, false))
            .ToList();

    // "I'm 64, I lost 10 stone after my surgery": how much her weight changed is no weight.
    private static bool SaysAChange(QuestionScript question, string clause) =>
        question.Answer.Type == AnswerType.Quantity && ChangeOfAmount.Says(clause);

    // "I've been on HRT for 3 years" names hormone therapy: "been on", one of the cues of how long she took steroids, does
    // not make it that. A clause naming the thing another question is about belongs to a question whose own thing it names.
    private bool NamesOnlyAnothersThing(string questionId, string clause) =>
        !Phrases.ContainsAny(clause, guide.Fact(questionId)?.About ?? [])
        && guide.Questions.Any(q => q.Question.Id != questionId && Phrases.ContainsAny(clause, guide.Fact(q.Question.Id)?.About ?? []));

    /// <summary>Clauses of a message: split at commas and semicolons followed by a space, full stops, "but", and "and" (not "and a half", not "between 2 and 3", not "now and then"), and their Spanish kin.</summary>
    public static IReadOnlyList<string> Clauses(string text) =>
        ClauseBreak().Split(TextBudget.Slice(text)).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();

    // None of the lookarounds repeats inside a repetition, so a loaded machine needs no time-out here (RegexLimits).
    // Spanish "y" and "pero" likewise ("peso 68 kilos y mido 1,62"), not "y media", "entre 2 y 3" nor "sesenta y dos".
    // A list of weekdays is one answer ("mondays and thursdays", "los lunes y los jueves"), never two clauses.
    [GeneratedRegex(@"[,;]\s+(?!" + NextWeekday + @")|\.\s+|\s+but\s+|\s+pero\s+|(?<!\bbetween\s+\S+)(?<!\bnow)\s+and\s+(?!a\s+half\b|half\b|" + NextWeekday + @")|(?<!\bentre\s+\S+)\s+y\s+(?!medi[oa]\b|otr[oa]s?\b|un[oa]?\b|dos\b|tres\b|cuatro\b|cinco\b|seis\b|siete\b|ocho\b|nueve\b|\d|" + NextWeekday + @")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout.Infinite)]
    private static partial Regex ClauseBreak();

    private const string NextWeekday = @"(?>and\s+|on\s+|los\s+)*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|domingos?)\b";

    // A clause that is only a total: "so 2", "so maybe 4", "that's 3 in all", "así que 2", "o sea, unos 3", "en total 3".
    [GeneratedRegex(@"^(?:so|and so|that s|thats|that is|which is|in total|altogether|all in all|asi que|o sea|en total|entonces|total)\s+(?:(?:maybe|about|around|roughly|probably|perhaps|quizas|quiza|unos|unas|mas o menos|como|tal vez)\s*)?(?:\d+|one|two|three|four|five|six|uno|una|dos|tres|cuatro|cinco|seis)(?:\s+(?:in all|in total|en total|al dia|a day))?$", RegexOptions.CultureInvariant)]
    private static partial Regex SumUp();

    [GeneratedRegex(@"\b(?:no|not|never|none|nope|nunca|ninguna?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negated();
}
