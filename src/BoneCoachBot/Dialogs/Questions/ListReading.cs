using System.Text.RegularExpressions;
using BoneCoach.Dialogs;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>A list question's words as its prompt reads them, and two readings the prompt gets wrong in a sentence.</summary>
public static partial class ListReading
{
    public static ChosenSet? Read(QuestionScript list, string text, string culture)
    {
        ArgumentNullException.ThrowIfNull(list);
        return MultiChoiceReader.Read(text, [.. list.Answer.Choices.Select(c => new Choice(c.Title, [.. c.Synonyms, c.Value]))], culture);
    }

    /// <summary>Options whose question her words rule out: "I fell ten years ago" is no fall in the last 12 months.</summary>
    public static IReadOnlyList<ChoiceScript> RuledOut(QuestionScript list, AnswerGuide guide, string text)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(guide);
        return [.. list.Answer.Choices.Where(c => c.Fills is { } id && guide.Fact(id) is { NotWhen.Count: > 0 } fact && Phrases.ContainsAny(text, fact.NotWhen))];
    }

    /// <summary>"I walk the dog every day": "every" says how often, and no word for "all of them" is in it.</summary>
    public static bool EveryIsHowOften(string text) => EveryPeriod().IsMatch(text ?? string.Empty) && !AllWord().IsMatch(text ?? string.Empty);

    /// <summary>The text without its "every day" (how often), so what is left is read for the options she named.</summary>
    public static string WithoutHowOften(string text) => EveryPeriod().Replace(text ?? string.Empty, " ");

    /// <summary>
    /// "none of those, I take something for blood pressure though": a none first, and later clauses that name no option
    /// (nor an exception to the none, "none except coeliac").
    /// </summary>
    public static bool NoneThenAside(QuestionScript list, string text, string culture) => Aside(list, text, culture) is not null;

    /// <summary>What follows her none when <see cref="NoneThenAside"/> holds ("I walk the dog every day"); else null.</summary>
    public static string? Aside(QuestionScript list, string text, string culture)
    {
        var clauses = MessageReader.Clauses(text);
        return clauses.Count > 1 && Read(list, clauses[0], culture) is { IsNone: true }
            && clauses.Skip(1).All(c => Read(list, Exception().Replace(c, string.Empty), culture) is null or { IsNone: true })
            ? string.Join(", ", clauses.Skip(1))
            : null;
    }

    [GeneratedRegex(@"\b(?:every|each|cada|todos\s+los|todas\s+las)\s+(?:other\s+)?(?:day|days|week|weeks|night|nights|morning|mornings|evening|evenings|time|d[ií]as?|semanas?|noches?|mañanas?|tardes?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EveryPeriod();

    [GeneratedRegex(@"\b(?:all|everything|every\s+one|todos|todas|todo)\b(?!\s+(?:los|las)\s+(?:d[ií]as|semanas|noches|mañanas|tardes)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AllWord();

    [GeneratedRegex(@"^\s*(?:except|apart\s+from|other\s+than|but|besides|excepto|menos|salvo)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Exception();
}
