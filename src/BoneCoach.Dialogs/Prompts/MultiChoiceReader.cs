using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>
/// Reads "calcium and vitamin D", "all except K2", "everything but the fish oil", "just the calcium", "1 and 3" or
/// "none" against a list of choices. A choice counts only when one of its phrases is said whole; a phrase after
/// "not"/"no" is left out, and so is every phrase after "except", "apart from", "other than", "but not".
/// </summary>
public static partial class MultiChoiceReader
{
    // Whole-message ways of saying "none of them"; ZeroWords covers "none", "nothing", "no", "never".
    private static readonly HashSet<string> NoneMessages = new(StringComparer.Ordinal)
    {
        "none of these", "none of them", "none of those", "none of the above", "neither", "not any of them", "i dont take any",
        "i don t take any", "i do not take any", "i take none", "no none", "none thanks", "no thanks", "nothing at all", "nothing like that", "none of that",
        "ninguno", "ninguna", "ninguno de estos", "ninguna de estas", "nada", "no tomo ninguno", "no tomo nada",
    };

    private static readonly HashSet<string> AllWords = new(StringComparer.Ordinal) { "all", "everything", "every", "todos", "todas", "todo" };

    // From here on, every phrase is left out ("all except K2 and omega 3").
    private static readonly string[][] ExceptCues =
    [
        ["except"], ["excepting"], ["excluding"], ["apart", "from"], ["other", "than"], ["but", "not"], ["minus"], ["save"],
        ["but"], ["excepto"], ["menos"], ["salvo"], ["sin"],
    ];

    // Only the next phrase is left out ("no calcium, just vitamin D").
    private static readonly HashSet<string> NotWords = new(StringComparer.Ordinal) { "not", "no", "never", "nor", "dont", "don", "t" };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "and", "or", "plus", "also", "the", "a", "an", "of", "them", "these", "those", "just", "only", "i", "take", "taking",
        "have", "some", "too", "as", "well", "both", "y", "o", "tomo", "solo", "el", "la", "los", "las",
    };

    /// <summary>The set she named, <see cref="ChosenSet.None"/> for "none", or null when her words name no choice.</summary>
    public static ChosenSet? Read(string? text, IList<Choice> choices, string culture)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var normalized = TextNormalizer.Normalize(TextBudget.Slice(text));
        if (normalized.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        var words = normalized.Split(' ');
        var (named, left) = Mentions(words, choices);
        var all = SaysAll(words);
        if (named.Count == 0 && !all)
        {
            // "not any more" is none now but some once: to "have you ever had any of these?" it is not none.
            if (left.Count == 0 && (NoneMessages.Contains(normalized) || NoneOfAThing(normalized) || (ZeroWords.Matches(text) && !ZeroWords.SaysNoLonger(text))))
            {
                return ChosenSet.None;
            }

            return Positions(text!, words, choices, culture);
        }

        var chosen = choices.Select(c => c.Value)
            .Where(value => (all || named.Contains(value)) && !left.Contains(value))
            .ToList();
        // "all except all of them" or "not K2" alone name nothing she takes: not a clear answer.
        return chosen.Count == 0 && !all ? null : new ChosenSet(chosen);
    }

    // "no supplements", "I don't take any pills", "ningún suplemento": none, in a word for a list's kind, which no
    // choice names (a choice named after "no" is left out above, so "no calcium" never gets here). "no idea" is not knowing,
    // and "no more" is none now but some once.
    private static bool NoneOfAThing(string normalized) =>
        NoneOfAThingPattern().IsMatch(normalized) && !NotKnowing.Matches(normalized) && !normalized.EndsWith(" more", StringComparison.Ordinal);

    [GeneratedRegex(
        @"^(?>(?:no+|nope|nah|well|um+|erm)\s+)*(?:no|not\s+any|i\s+(?:don\s*t|do\s+not|never)\s+(?:take|have|use)\s+any|i\s+(?:take|have)\s+no|" +
        @"ningun[oa]?|no\s+(?:tomo|tengo|uso)(?:\s+ningun[oa]?)?)\s+" + KindWord + @"(?:\s+at\s+all|\s+thanks|\s+gracias)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NoneOfAThingPattern();

    // A word for a list's kind. "no steroids" at the conditions list is about another question: never "none of these".
    private const string KindWord =
        @"(?:supplements?|pills?|tablets?|vitamins?|medicines?|medications?|meds|drugs|conditions?|illnesses|diseases?|problems?|" +
        @"issues|suplementos?|pastillas?|vitaminas?|medicamentos?|medicinas?|enfermedad(?:es)?|problemas?)";

    // "all of them", "everything except K2", "todos menos el K2": "all" is said of the list only when nothing but fillers
    // stand beside it before any "except". "I walk the dog every day" or "todos los días" are not "all of them".
    private static bool SaysAll(string[] words)
    {
        var end = Enumerable.Range(0, words.Length).FirstOrDefault(i => ExceptCues.Any(cue => StartsAt(words, i, cue)), words.Length);
        var before = words[..end];
        return before.Any(AllWords.Contains) && before.All(w => AllWords.Contains(w) || Fillers.Contains(w) || AllCompanions.Contains(w));
    }

    // What someone else takes or has is not hers ("my husband takes fish oil"), until the next clause ("and I take
    // magnesium"). A choice that names the person itself ("my dad broke his hip" for a parent's hip fracture) is matched
    // as a whole phrase before its words are read one by one.
    private static readonly HashSet<string> OtherPeople = new(StringComparer.Ordinal)
    {
        "husband", "wife", "partner", "sister", "brother", "friend", "daughter", "son", "mum", "mom", "mother", "dad", "father",
        "he", "she", "they", "neighbour", "neighbor", "marido", "esposo", "pareja", "hermana", "hermano", "amiga", "amigo",
        "hija", "hijo", "madre", "padre", "mama", "papa", "vecina", "ella",
    };

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { "and", "but", "i", "i'm", "im", "me", "my", "y", "pero", "yo" };

    // Words that go with "all" when it means the whole list.
    private static readonly HashSet<string> AllCompanions = new(StringComparer.Ordinal)
    {
        "yes", "yeah", "yep", "above", "listed", "one", "ones", "lot", "si", "ellos", "ellas", "estos", "estas", "esos", "esas", "de",
    };

    private static (HashSet<string> Named, HashSet<string> Left) Mentions(string[] words, IList<Choice> choices)
    {
        var phrases = choices
            .SelectMany(c => c.Synonyms.Prepend(c.Value).Select(p => (c.Value, Words: TextNormalizer.Words(p))))
            .Where(p => p.Words.Length > 0)
            .OrderByDescending(p => p.Words.Length)
            .ToList();
        var named = new HashSet<string>(StringComparer.Ordinal);
        var left = new HashSet<string>(StringComparer.Ordinal);
        var excepting = false;
        var negateNext = false;
        var someoneElse = false;
        for (var i = 0; i < words.Length;)
        {
            var saidOfSomeoneElse = someoneElse && !ClauseBreaks.Contains(words[i]);
            someoneElse = !ClauseBreaks.Contains(words[i]) && (someoneElse || OtherPeople.Contains(words[i]));
            // A bare "but" excepts only after "all" ("everything but the fish oil"); elsewhere it joins two thoughts
            // ("a fall last summer but nothing broke, and my dad broke his hip").
            if (ExceptCues.FirstOrDefault(cue => StartsAt(words, i, cue) && (cue is not ["but"] || words[..i].Any(AllWords.Contains))) is { } cue)
            {
                excepting = true;
                i += cue.Length;
                continue;
            }

            if (phrases.FirstOrDefault(p => StartsAt(words, i, p.Words)) is { Words: not null } phrase)
            {
                // A phrase that starts with the person ("mum broke her hip") is that choice, unless said of someone else's.
                var others = OtherPeople.Contains(phrase.Words[0]) ? saidOfSomeoneElse : someoneElse;
                (excepting || negateNext || others ? left : named).Add(phrase.Value);
                negateNext = false;
                i += phrase.Words.Length;
                continue;
            }

            negateNext = NotWords.Contains(words[i]) || (negateNext && Fillers.Contains(words[i]));
            i++;
        }

        return (named, left);
    }

    // "1 and 3", "2, 4": positions in the list shown, when nothing else is said and no choice is itself an amount ("1-2").
    private static ChosenSet? Positions(string text, string[] words, IList<Choice> choices, string culture)
    {
        if (choices.Any(c => c.Value.Length > 0 && char.IsDigit(c.Value[0])) || !words.All(w => Fillers.Contains(w) || w.All(char.IsDigit) || w == "number"))
        {
            return null;
        }

        var picked = Microsoft.Recognizers.Text.Number.NumberRecognizer.RecognizeNumber(text, culture)
            .Select(r => int.TryParse(r.Resolution?.GetValueOrDefault("value") as string, out var n) ? n : 0)
            .ToList();
        if (picked.Count == 0 || picked.Any(n => n < 1 || n > choices.Count))
        {
            return null;
        }

        return new ChosenSet(choices.Where((_, index) => picked.Contains(index + 1)).Select(c => c.Value).ToList());
    }

    private static bool StartsAt(string[] words, int start, string[] phrase) =>
        start + phrase.Length <= words.Length && phrase.Select((w, k) => words[start + k] == w).All(same => same);
}
