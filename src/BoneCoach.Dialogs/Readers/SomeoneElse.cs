namespace BoneCoach.Dialogs;

/// <summary>
/// A clause whose value belongs to another person: "my sister is 5 2", "my husband weighs 90 kg", "mi marido pesa 90
/// kilos". Her own value beside it ("I'm 5 5", "I'm 5 5 like my mum", "she said my T-score was -2.5") is not.
/// </summary>
public static class SomeoneElse
{
    // "they" is left out: "they said it was -2.5" is her clinic telling her own result.
    private static readonly HashSet<string> People = new(StringComparer.Ordinal)
    {
        "husband", "wife", "partner", "sister", "brother", "friend", "daughter", "son", "mum", "mom", "mother", "dad", "father",
        "he", "she", "neighbour", "neighbor", "marido", "esposo", "pareja", "hermana", "hermano", "amiga", "amigo",
        "hija", "hijo", "madre", "padre", "mama", "papa", "vecina", "vecino", "ella",
    };

    // Words that make what follows hers again ("she said my T-score", "my sister and I").
    private static readonly HashSet<string> Hers = new(StringComparer.Ordinal) { "i", "im", "me", "my", "mine", "yo", "mi", "mis" };

    /// <summary>Whether a phrase names another person ("mum broke her hip").</summary>
    public static bool Names(string phrase) => TextNormalizer.Words(phrase).Any(People.Contains);

    /// <summary>Whether the clause's first value is said of another person: one is named before it, and she is not named after them.</summary>
    public static bool Owns(string clause, string culture)
    {
        var first = MentionFinder.Find(clause, culture).FirstOrDefault();
        if (first is null)
        {
            return false;
        }

        return NamedBefore(TextNormalizer.Words(clause[..Math.Min(first.Start, clause.Length)]));
    }

    /// <summary>Whether the words before what she tells leave it another person's: one is named, and she is not named after them.</summary>
    public static bool NamedBefore(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var named = false;
        foreach (var word in words)
        {
            named = People.Contains(word) || (named && !Hers.Contains(word));
        }

        return named;
    }
}
