using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// dialogs/answers.json read for use: which question each fact fills (and the words that tie a value to it),
/// the glossary and FAQ, the ways of saying "I don't know" and of correcting oneself, and the wording around them.
/// </summary>
public sealed class AnswerGuide
{
    public const string ScriptName = ScriptParts.Answers;

    private readonly ConversationScript _script;
    private readonly Dictionary<string, Dictionary<string, FactScript>> _factsByLanguage;
    private readonly Dictionary<string, IReadOnlyList<PartQuestion>> _questionsByLanguage;
    private readonly HashSet<string> _unknown;
    private readonly string[] _correctionCues;
    private readonly HashSet<string> _none;
    private readonly HashSet<string> _questionWords;
    private readonly HashSet<string> _decline;
    private readonly string[] _otherThings;
    private readonly string[] _medicineWords;
    private readonly string[] _meaningAsked;

    public AnswerGuide(ConversationScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        _script = script;
        // Her words are read in every language; what the bot says about a fact (label, example) in hers.
        _factsByLanguage = script.Languages.ToDictionary(
            language => language,
            language => script.In(language, ScriptName).Facts.ToDictionary(f => f.Question, StringComparer.Ordinal),
            StringComparer.Ordinal);
        _questionsByLanguage = script.Languages.ToDictionary(
            language => language,
            language => (IReadOnlyList<PartQuestion>)[.. CoachingParts.InOrder.SelectMany(part => script.In(language, part).Questions.Select(q => new PartQuestion(part, q)))],
            StringComparer.Ordinal);
        _unknown = new HashSet<string>(PhraseList(AnswerPhraseKeys.Unknown).Select(TextNormalizer.Normalize), StringComparer.Ordinal);
        _none = new HashSet<string>(PhraseList(AnswerPhraseKeys.None).Select(TextNormalizer.Normalize), StringComparer.Ordinal);
        _correctionCues = [.. PhraseList(AnswerPhraseKeys.Correction).Select(TextNormalizer.Normalize).Distinct()];
        _questionWords = new HashSet<string>(PhraseList(AnswerPhraseKeys.Question).Select(TextNormalizer.Normalize), StringComparer.Ordinal);
        _decline = new HashSet<string>(PhraseList(AnswerPhraseKeys.Decline).Select(TextNormalizer.Normalize), StringComparer.Ordinal);
        _otherThings = [.. PhraseList(AnswerPhraseKeys.OtherThings).Select(TextNormalizer.Normalize).Distinct()];
        _medicineWords = [.. PhraseList(AnswerPhraseKeys.MedicineWords).Select(TextNormalizer.Normalize).Distinct()];
        _meaningAsked = [.. PhraseList(AnswerPhraseKeys.MeaningAsked).Select(TextNormalizer.Normalize).Distinct()];
        var undeclared = Questions.FirstOrDefault(q => !_factsByLanguage[ScriptLanguage.English].ContainsKey(q.Question.Id));
        if (undeclared is not null)
        {
            throw new ScriptException($"dialogs/{ScriptName}.json", null, $"question '{undeclared.Question.Id}' has no entry in 'facts'; add one so the bot can name it.");
        }

        CheckMentionTexts();
        CheckNotedNo();
    }

    /// <summary>The answers.json text that says why a thing she named at a list is not one of its options.</summary>
    public static string MentionText(ListMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return "mention." + mention.Id;
    }

    // A yes/no fact noted by its name alone ("steroid tablets") would note her no as a yes: it needs words for the no.
    private void CheckNotedNo()
    {
        var yesNo = Questions.Where(q => q.Question.Answer.Type == AnswerType.YesNo).Select(q => q.Question.Id).ToHashSet(StringComparer.Ordinal);
        var unsaid = _factsByLanguage[ScriptLanguage.English].Values
            .FirstOrDefault(f => yesNo.Contains(f.Question) && !f.Noted.Contains("{value}", StringComparison.Ordinal) && f.NotedNo is null);
        if (unsaid is not null)
        {
            throw new ScriptException($"dialogs/{ScriptName}.json", null, $"the fact '{unsaid.Question}' needs 'notedNo': its 'noted' names only the thing, so a no would read as a yes.");
        }
    }

    // A mention's text is said in the middle of her list's answer: one missing stops loading, not her chat.
    private void CheckMentionTexts()
    {
        foreach (var language in _script.Languages)
        {
            var answers = _script.In(language, ScriptName);
            var missing = answers.Facts.SelectMany(f => f.Mentions).Select(MentionText).FirstOrDefault(key => !answers.Texts.ContainsKey(key));
            if (missing is not null)
            {
                throw new ScriptException($"dialogs/{(language == ScriptLanguage.English ? string.Empty : language + "/")}{ScriptName}.json", null, $"the text '{missing}' is missing; a mention of that name says it.");
            }
        }
    }

    /// <summary>dialogs/answers.json in the turn's language.</summary>
    public DialogScript Script => _script[ScriptName];

    /// <summary>Every coaching question (onboarding to supplements) with its part, in the order they are asked.</summary>
    public IReadOnlyList<PartQuestion> Questions => _questionsByLanguage.GetValueOrDefault(ScriptLanguage.Current) ?? _questionsByLanguage[ScriptLanguage.English];

    public IReadOnlyList<TopicScript> Topics => Script.Topics;

    public string Text(string key) => Script.Text(key);

    public FactScript? Fact(string questionId) =>
        (_factsByLanguage.GetValueOrDefault(ScriptLanguage.Current) ?? _factsByLanguage[ScriptLanguage.English]).GetValueOrDefault(questionId);

    public PartQuestion? Find(string questionId) => Questions.FirstOrDefault(q => q.Question.Id == questionId);

    /// <summary>"I don't know" in one of its many forms, said as the whole message (trailing words like "sorry" aside).</summary>
    public bool IsUnknown(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return _unknown.Contains(normalized) || (UnknownFirst(normalized) is not null && !HasDigit(normalized));
    }

    /// <summary>What follows "I don't know" or "not sure" at the start of her message ("not sure, probably moderate"); the whole message when it starts otherwise.</summary>
    public string AfterUnknown(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return UnknownFirst(normalized) is { } said ? normalized[(said.Length + 1)..] : text;
    }

    // The longest way of not knowing her normalised message starts with, followed by more words.
    private string? UnknownFirst(string normalized) =>
        _unknown.Where(p => normalized.StartsWith(p + " ", StringComparison.Ordinal)).MaxBy(p => p.Length);

    /// <summary>The product's own ways of saying none ("I don't take one" to a supplement), as the whole message.</summary>
    public bool MeansNone(string text) => _none.Contains(TextNormalizer.Normalize(text));

    /// <summary>Words that say she is changing something she said ("actually", "I meant", "61 not 62").</summary>
    public bool LooksLikeCorrection(string text)
    {
        var normalized = " " + TextNormalizer.Normalize(text) + " ";
        return _correctionCues.Where(c => c != "not").Any(c => normalized.Contains(" " + c + " ", StringComparison.Ordinal))
            || Phrases.NumberNotNumber().IsMatch(text);
    }

    /// <summary>A question mark, or a first word that asks ("what", "is", "does").</summary>
    public bool LooksLikeQuestion(string text) => text.Contains('?', StringComparison.Ordinal) || StartsWithQuestionWord(text);

    /// <summary>
    /// A first word that asks ("what does prednisolone mean", "is walking enough"): she is asking, not telling. Not when a
    /// no or a preference follows it ("would rather not", "do not lift", "can't remember").
    /// </summary>
    public bool StartsWithQuestionWord(string text) =>
        TextNormalizer.Words(text) is { Length: > 1 } words && _questionWords.Contains(words[0]) && !NotAsking.Contains(words[1]);

    private static readonly HashSet<string> NotAsking = new(StringComparer.Ordinal) { "not", "t", "rather", "prefer", "never", "no" };

    /// <summary>She would rather not answer ("I'd rather not say", "pass", "prefiero no decirlo"), said as the whole message or its start.</summary>
    public bool Declines(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return _decline.Contains(normalized) || _decline.Any(p => normalized.StartsWith(p + " ", StringComparison.Ordinal) && !HasDigit(normalized));
    }

    /// <summary>The question that asks her age now.</summary>
    public const string AgeQuestion = "age";

    /// <summary>Her words hold one of the cues or yes-words that tie a value to <paramref name="questionId"/>.</summary>
    public bool NamesSubjectOf(string questionId, string text) =>
        Fact(questionId) is { } fact && Phrases.ContainsAny(text, fact.Cues.Concat(fact.YesWhen));

    /// <summary>Her words name what another question asks about. Her age's cues ("I'm", "I am") begin half of all sentences, so they name nothing.</summary>
    public bool NamesAnotherSubject(string questionId, string text) =>
        Questions.Any(q => q.Question.Id != questionId && q.Question.Id != AgeQuestion && NamesSubjectOf(q.Question.Id, text));

    /// <summary>Her words name another question's subject, or something no question asks about (<see cref="OtherThing(string, string)"/>).</summary>
    public bool NamesSomethingElse(string questionId, string text) => NamesAnotherSubject(questionId, text) || OtherThing(questionId, text) is not null;

    /// <summary>Words that name what a question asks about: its cues, its yes-words and its "about" words.</summary>
    public IEnumerable<string> SubjectWords(string questionId) =>
        Fact(questionId) is { } fact ? fact.Cues.Concat(fact.YesWhen).Concat(fact.About) : [];

    /// <summary>
    /// The thing her words are about when it is not what <paramref name="questionId"/> asks about: another question's
    /// subject ("wine" at the calcium question) or something no question asks about (the dog, her grandchildren). Null
    /// when she names this question's subject, or nothing else; a companion ("with my sister") names nothing.
    /// </summary>
    public string? OtherThing(string questionId, string text) => OtherThing(questionId, SubjectWords(questionId), text);

    /// <summary>As <see cref="OtherThing(string, string)"/>, for a question whose subject is named by <paramref name="subject"/>.</summary>
    public string? OtherThing(string questionId, IEnumerable<string> subject, string text)
    {
        if (Phrases.ContainsAny(text, subject))
        {
            return null;
        }

        return Questions.Where(q => q.Question.Id != questionId).SelectMany(q => Fact(q.Question.Id)?.About ?? [])
            .Select(TextNormalizer.Normalize).Concat(_otherThings)
            .FirstOrDefault(thing => Phrases.Contains(text, thing) && !Phrases.Companion(text, thing));
    }

    /// <summary>
    /// "I walk 3 miles", "two portions" at a count: a number whose next words name another thing counts that, and nothing
    /// beside it ("a week", "every day") says how often. Not when those words are the count's own <paramref name="subject"/>
    /// ("2 portions" of dairy).
    /// </summary>
    public bool CountsOnlyOtherThings(IEnumerable<string> subject, string text, IReadOnlyList<Mention> mentions)
    {
        var own = subject.Select(TextNormalizer.Normalize).ToList();
        return mentions.Any(m => m.Kind == MentionKind.Number && CountsOtherThing(own, text, m))
            && !mentions.Any(m => m.Kind == MentionKind.Frequency || m.Per != RatePeriod.None);
    }

    private bool CountsOtherThing(List<string> own, string text, Mention number)
    {
        var after = " " + string.Join(' ', TextNormalizer.Words(text[Math.Min(number.Start + number.Length, text.Length)..])) + " ";
        bool Starts(string phrase) => phrase.Length > 0 && after.StartsWith(" " + phrase + " ", StringComparison.Ordinal);
        return !own.Any(Starts) && _otherThings.Any(Starts);
    }

    /// <summary>
    /// The FAQ entry that says whether <paramref name="thing"/> counts ("does swimming count", "cuenta nadar"): what she
    /// needs to hear when her count of it was not taken. The entry that names the thing in most phrases wins.
    /// </summary>
    public TopicScript? CountsTopic(string thing)
    {
        var named = TextNormalizer.Normalize(thing);
        bool AsksIfItCounts(string phrase) =>
            TextNormalizer.Words(phrase) is var words && words.Contains(named) && words.Any(CountWords.Contains);
        return Topics.Select(t => (Topic: t, Hits: t.Phrases.Count(AsksIfItCounts))).Where(x => x.Hits > 0)
            .OrderByDescending(x => x.Hits).Select(x => x.Topic).FirstOrDefault();
    }

    private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal) { "count", "counts", "cuenta", "cuentan" };

    /// <summary>Whether her message names a medicine or supplement: a pharmacist can answer what the FAQ can't.</summary>
    public bool MentionsMedicine(string text)
    {
        var normalized = " " + TextNormalizer.Normalize(text) + " ";
        return _medicineWords.Any(w => w.Length > 0 && normalized.Contains(" " + w + " ", StringComparison.Ordinal));
    }

    /// <summary>The glossary or FAQ entry her message asks about: the longest phrase found wins, else the word she asks the meaning of.</summary>
    public TopicScript? Topic(string text)
    {
        var normalized = " " + TextNormalizer.Normalize(text) + " ";
        return Topics
            .SelectMany(t => t.Phrases.Select(p => (Topic: t, Phrase: TextNormalizer.Normalize(p))))
            .Where(x => x.Phrase.Length > 0 && normalized.Contains(" " + x.Phrase + " ", StringComparison.Ordinal))
            .OrderByDescending(x => x.Phrase.Length)
            .Select(x => x.Topic)
            .FirstOrDefault() ?? TermAsked(text);
    }

    /// <summary>
    /// The glossary entry a question's wording names first ("lowest T-score on that bone density (DEXA) scan" is the T-score):
    /// what "what's that?" at that question asks about.
    /// </summary>
    public TopicScript? TopicOfQuestion(QuestionScript question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var normalized = " " + TextNormalizer.Normalize(question.Ask) + " ";
        return Topics
            .SelectMany(t => t.Phrases.Concat(t.Terms).Select(p => (Topic: t, Phrase: " " + TextNormalizer.Normalize(p) + " ")))
            .Where(x => x.Phrase.Trim().Length > 0)
            .Select(x => (x.Topic, x.Phrase, At: normalized.IndexOf(x.Phrase, StringComparison.Ordinal)))
            .Where(x => x.At >= 0)
            .OrderBy(x => x.At).ThenByDescending(x => x.Phrase.Length)
            .Select(x => x.Topic)
            .FirstOrDefault();
    }

    // "what do you mean by heavy?", "what counts as balance work", "¿qué es una ración?": a word of the question, asked
    // the meaning of. The word alone ("heavy?") is an answer, so terms are matched only as the whole rest of such a question.
    private TopicScript? TermAsked(string text) =>
        MeaningAsked(text) is { } term ? Topics.FirstOrDefault(t => t.Terms.Any(w => TextNormalizer.Normalize(w) == term)) : null;

    /// <summary>The words she asks the meaning of ("heavy" in "what do you mean by heavy?"), normalized; null when she asks no such thing.</summary>
    public string? MeaningAsked(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var asked = _meaningAsked.Where(lead => normalized.StartsWith(lead + " ", StringComparison.Ordinal)).OrderByDescending(lead => lead.Length).FirstOrDefault();
        if (asked is null)
        {
            return null;
        }

        var words = normalized[(asked.Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        words.RemoveAll(w => MeaningFillers.Contains(w));
        var term = string.Join(' ', words.SkipWhile(w => Articles.Contains(w)));
        return term.Length == 0 ? null : term;
    }

    // Words around the term that ask nothing more: "heavy mean", "what is a serving exactly", "qué es una ración aquí".
    private static readonly HashSet<string> MeaningFillers = new(StringComparer.Ordinal)
    {
        "mean", "means", "meant", "exactly", "here", "then", "please", "again", "quiere", "decir", "exactamente", "aqui", "entonces", "por", "favor",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "a", "an", "the", "un", "una", "el", "la", "los", "las", "lo" };

    private IReadOnlyList<string> PhraseList(string name) =>
        [.. _script.InEveryLanguage(ScriptName).SelectMany(d => d.Phrases.GetValueOrDefault(name) ?? [])];

    private static bool HasDigit(string text) => text.Any(char.IsDigit);
}

/// <summary>A question with the script part (file) that asks it.</summary>
public sealed record PartQuestion(string Part, QuestionScript Question);
