using Microsoft.Recognizers.Text.Number;

namespace BoneCoach.Dialogs;

/// <summary>Finds the choice a user meant: exact words, synonyms, "2", "the second one", or enough of the words.</summary>
public static class ChoiceMatcher
{
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "i", "im", "my", "of", "to", "and", "or", "it", "is", "one", "option", "number", "choice", "please",
        "el", "la", "los", "las", "de", "y", "o", "un", "una", "mi", "opcion", "numero", "por", "favor",
        // Contraction tails, split off by the normalizer: "wouldn't" must not match "I haven't" by its "t".
        "t", "s", "m", "d", "ll", "re", "ve",
    };

    // Words that say nothing about which option on their own: "not black" is not "Not sure", "she was in her 80s" is not "I was",
    // "milk in my tea" is not "In the past" (issue 12), "I'm fine now" is not "Yes, now".
    private static readonly HashSet<string> WeakWords = new(StringComparer.Ordinal)
    {
        "not", "no", "was", "were", "did", "do", "does", "have", "has", "had", "am", "are", "be", "been", "she", "he", "her", "his", "me",
        "in", "on", "at", "for", "with", "from", "by", "off", "up", "out", "into", "than", "now",
        "era", "fue", "tengo", "tuve", "ha", "se", "lo", "en", "con", "del", "al", "para", "desde",
    };

    // "didn't" reads as "didn t" (its tail a filler) or "didnt".
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "no", "not", "never", "nothing", "without", "nor", "neither", "didn", "don", "haven", "hasn", "wasn", "isn", "doesn",
        "didnt", "dont", "havent", "hasnt", "wasnt", "isnt", "doesnt", "nunca", "nada", "sin", "ni",
    };

    // "no, but my back hurts": a contrast ends what the negation before it denies.
    private static readonly HashSet<string> Contrasts = new(StringComparer.Ordinal) { "but", "though", "although", "however", "pero", "aunque" };

    private static readonly HashSet<string> LastWords = new(StringComparer.Ordinal) { "last", "the last", "the last one", "ultimo", "ultima", "el ultimo", "la ultima" };

    /// <summary>The best match for <paramref name="text"/>, or null when none or when two choices tie.</summary>
    public static FoundChoice? Match(string? text, IList<Choice> choices, string culture)
    {
        ArgumentNullException.ThrowIfNull(choices);
        text = TextBudget.Slice(text);
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        return MatchExactly(normalized, choices)
            ?? MatchPosition(text, normalized, choices, culture)
            ?? MatchWords(normalized, choices);
    }

    private static FoundChoice? MatchExactly(string normalized, IList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (Phrases(choices[i]).Contains(normalized))
            {
                return new FoundChoice(choices[i].Value, i, 1.0, SynonymFor(choices[i], normalized));
            }
        }

        return null;
    }

    private static FoundChoice? MatchPosition(string text, string normalized, IList<Choice> choices, string culture)
    {
        // With numeric choices ("1-2", "3 or more") a bare "2" is an amount, not a position: leave it to word matching.
        var numericChoices = choices.Any(c => c.Value.Any(char.IsDigit));
        var position = LastWords.Contains(normalized) ? choices.Count : Ordinal(text, normalized, culture) ?? (numericChoices ? null : Cardinal(text, normalized, culture));
        return position is >= 1 and var p && p <= choices.Count ? new FoundChoice(choices[p - 1].Value, p - 1, 1.0, choices[p - 1].Value) : null;
    }

    // An ordinal is a position only when nothing but filler surrounds it ("the second one"): "it hurt the second time"
    // to a yes/no question is not its second choice, "No" (issue 13).
    private static int? Ordinal(string text, string normalized, string culture) =>
        PositionOnItsOwn(NumberRecognizer.RecognizeOrdinal(text, culture), normalized);

    // A number counts as a position only when nothing but filler surrounds it ("2", "number two", "option 2").
    private static int? Cardinal(string text, string normalized, string culture) =>
        PositionOnItsOwn(NumberRecognizer.RecognizeNumber(text, culture), normalized);

    private static int? PositionOnItsOwn(IList<Microsoft.Recognizers.Text.ModelResult> results, string normalized)
    {
        if (results.Count != 1 || !int.TryParse(results[0].Resolution?.GetValueOrDefault("value") as string, out var n))
        {
            return null;
        }

        var rest = normalized.Replace(TextNormalizer.Normalize(results[0].Text), " ", StringComparison.Ordinal);
        return TextNormalizer.Words(rest).All(Fillers.Contains) ? n : null;
    }

    private static FoundChoice? MatchWords(string normalized, IList<Choice> choices)
    {
        var words = WithoutAmounts(WithoutDenied(normalized.Split(' '), choices).Where(w => !Fillers.Contains(w)).Select(ChoiceNumbers.Canonical).ToArray(), choices);
        if (words.Length == 0)
        {
            return null;
        }

        // Her numbers matter only where the choices name numbers (stages, amounts).
        var said = new SaidWords(words, choices.Any(c => Phrases(c).Any(p => ChoiceNumbers.In(p.Split(' ')).Count > 0)));
        // Each choice by its best phrase she did not deny: "no falls, all good" is "no falls", though a "no" comes two words
        // before its "all good" too.
        var scored = choices
            .Select((choice, index) => (choice, index, best: Phrases(choice).Where(p => !Negated(words, p)).MaxBy(p => Overlap(said, p.Split(' ')))))
            .Where(s => s.best is not null)
            .Select(s => (s.choice, s.index, best: s.best!, score: Overlap(said, s.best!.Split(' '))))
            .Where(s => s.score > 0)
            .OrderByDescending(s => s.score)
            .ToList();

        if (scored.Count == 0)
        {
            return null;
        }

        var top = scored.Where(s => s.score == scored[0].score).ToList();
        if (top.Count > 1)
        {
            // "no falls, but my back hurts": "no falls" only denies another choice (A fall); the one she affirms is her answer.
            top = top.Where(s => !DeniesAnotherChoice(s.best, s.choice, choices)).ToList();
            if (top.Count != 1)
            {
                return null;
            }
        }

        return new FoundChoice(top[0].choice.Value, top[0].index, top[0].score, SynonymFor(top[0].choice, top[0].best));
    }

    // A phrase that is a negation of another choice's words ("no falls" beside "A fall", "no new pain" beside "New back
    // pain"): it says what did not happen, not which choice did.
    private static bool DeniesAnotherChoice(string phrase, Choice choice, IList<Choice> choices)
    {
        var words = phrase.Split(' ');
        var others = choices.Where(c => !ReferenceEquals(c, choice)).SelectMany(Phrases).SelectMany(p => p.Split(' '))
            .Where(w => !Fillers.Contains(w) && !WeakWords.Contains(w) && !Negations.Contains(w)).ToList();
        return Enumerable.Range(1, words.Length - 1)
            .Any(i => Negations.Contains(words[i - 1]) && others.Any(w => SameWord(words[i], w)));
    }

    // "Nothing broken", "sin dolor": a word she denies names no choice, unless the denial is the choice's own phrase ("not sure").
    private static readonly HashSet<string> Denials = new(StringComparer.Ordinal)
    {
        "nothing", "no", "not", "never", "without", "isnt", "wasnt", "didnt", "nada", "sin", "ni", "nunca", "ningun", "ninguna",
    };

    // A denial after a denial ("no, nothing", "no never") says it again; it is not a thing she denies.
    private static string[] WithoutDenied(string[] words, IList<Choice> choices)
    {
        var phrases = choices.SelectMany(Phrases).ToList();
        return [.. words.Where((w, i) => i == 0 || !Denials.Contains(words[i - 1]) || Denials.Contains(w) || Contrasts.Contains(w)
            || phrases.Any(p => (" " + p + " ").Contains($" {words[i - 1]} {w} ", StringComparison.Ordinal)))];
    }

    // Where choices name numbers, "5 mg" is an amount of something, never the 5 of "Stage 4 or 5": a number with a unit no
    // choice names is dropped with its unit.
    private static string[] WithoutAmounts(string[] words, IList<Choice> choices)
    {
        var named = choices.SelectMany(Phrases).SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.Ordinal);
        if (!named.Any(ChoiceNumbers.IsNumber))
        {
            return words;
        }

        bool IsAmountUnit(int i) => i > 0 && ChoiceNumbers.IsNumber(words[i - 1]) && !named.Contains(words[i]) && UnitCatalog.Find(words[i]) is not null;
        return [.. words.Where((w, i) => !IsAmountUnit(i) && !(i + 1 < words.Length && ChoiceNumbers.IsNumber(w) && IsAmountUnit(i + 1)))];
    }

    // Share of the choice's meaningful words the user said; "walk" matches "walking" (shared stem of 4+ letters).
    // A phrase naming numbers she did not state is not what she meant, however many other words it shares; and a word
    // she tied to a number ("stage" in "stage 4") does not match a phrase without one ("unknown stage").
    private static double Overlap(SaidWords said, string[] phrase)
    {
        var named = ChoiceNumbers.In(phrase);
        if (said.Numbers.Count > 0 && named.Count > 0 && !named.Overlaps(said.Numbers))
        {
            return 0;
        }

        var words = named.Count > 0 ? said.All : said.Unbound;
        var meaningful = phrase.Where(w => !Fillers.Contains(w)).Select(ChoiceNumbers.Canonical).ToArray();
        if (meaningful.Length == 0)
        {
            return 0;
        }

        var hit = meaningful.Where(w => words.Any(s => SameWord(s, w))).ToList();

        return hit.All(WeakWords.Contains) ? 0 : (double)hit.Count / meaningful.Length;
    }

    /// <summary>
    /// Whether <paramref name="said"/> is <paramref name="phraseWord"/> or shares its stem: "walk" and "walking", "smoked"
    /// and "smoke" (four letters or more, the shorter whole), never a common word such as "some" of "sometimes".
    /// </summary>
    public static bool SameWord(string said, string phraseWord) =>
        said == phraseWord || (Math.Min(said.Length, phraseWord.Length) >= 4 && !WholeWords.Contains(said) && !WholeWords.Contains(phraseWord)
            && (said.StartsWith(phraseWord, StringComparison.Ordinal) || phraseWord.StartsWith(said, StringComparison.Ordinal)));

    // Words that are no stem of a longer one: "some cheese" is not "sometimes" (it was kept as a smoker), "more" not "morning".
    private static readonly HashSet<string> WholeWords = new(StringComparer.Ordinal)
    {
        "some", "most", "more", "many", "much", "once", "ever", "even", "then", "than", "them", "they", "this", "that", "what",
        "when", "with", "have", "from", "your", "just", "only", "very", "well", "will", "each", "here", "there", "these", "those",
        "also", "over", "into", "about", "after", "again", "like", "other", "every", "mine", "down", "good",
        "algo", "algun", "alguna", "algunos", "mucho", "mucha", "poco", "poca", "todo", "toda", "todos", "cada", "como", "pero",
    };

    // "no falls, no new pain" names no fall and no pain: a phrase matched by a word a negation just before it denies is
    // not what she chose (issue 13: it was stored as "A fall"). A negation the phrase itself holds ("No kidney disease",
    // "Not sure"), or a hit that is a negation ("never"), still matches.
    private static bool Negated(string[] words, string phrase)
    {
        var phraseWords = phrase.Split(' ').Select(ChoiceNumbers.Canonical).ToArray();
        if (phraseWords.Any(Negations.Contains))
        {
            return false;
        }

        var meaningful = phraseWords.Where(w => !Fillers.Contains(w)).ToArray();
        return Enumerable.Range(0, words.Length)
            .Where(i => !Negations.Contains(words[i]) && meaningful.Any(w => SameWord(words[i], w)))
            .Any(i => (i > 0 && Negations.Contains(words[i - 1])) || (i > 1 && Negations.Contains(words[i - 2]) && !Contrasts.Contains(words[i - 1])));
    }

    // The value or synonym as written in the choice, for the phrase her words matched.
    private static string SynonymFor(Choice choice, string normalizedPhrase) =>
        choice.Synonyms.Prepend(choice.Value).First(p => TextNormalizer.Normalize(p) == normalizedPhrase);

    private static HashSet<string> Phrases(Choice choice)
        => choice.Synonyms.Prepend(choice.Value).Select(TextNormalizer.Normalize).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>Her meaningful words, the numbers among them, and the words not next to a number.</summary>
    private sealed class SaidWords
    {
        public SaidWords(string[] words, bool numbersMatter)
        {
            All = words;
            Numbers = numbersMatter ? words.Where(ChoiceNumbers.IsNumber).ToHashSet(StringComparer.Ordinal) : [];
            Unbound = numbersMatter ? words.Where((w, i) => !ChoiceNumbers.IsNumber(w) && !NextToNumber(words, i)).ToArray() : words;
        }

        public string[] All { get; }

        public HashSet<string> Numbers { get; }

        public string[] Unbound { get; }

        private static bool NextToNumber(string[] words, int i) =>
            (i > 0 && ChoiceNumbers.IsNumber(words[i - 1])) || (i + 1 < words.Length && ChoiceNumbers.IsNumber(words[i + 1]));
    }
}
