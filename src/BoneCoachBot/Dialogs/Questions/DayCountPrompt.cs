using System.Text.RegularExpressions;
using BoneCoach.Dialogs;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// A count of days or sessions in the last week that also takes words: "none" is 0, "every day" 7, "twice" 2. The words
/// that name what is counted ("weights", "bands") come in the options' <see cref="NumberRules.Cues"/>.
/// </summary>
public sealed partial class DayCountPrompt(string dialogId, PromptValidator<int> validator) : NumberPrompt<int>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<int>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, PromptInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Submitted is null && Decides(input.Text, CultureOf(turnContext), StateValue.As<NumberRules>(options.Validations)?.Cues ?? [], out var count))
        {
            // A null count: neither the none nor the count she gave is surely this question's, so it is asked again.
            return Task.FromResult(count is { } value ? new PromptRecognizerResult<int> { Succeeded = true, Value = value } : new PromptRecognizerResult<int> { Ambiguous = true });
        }

        return base.OnRecognizeAsync(turnContext, state, options, input, cancellationToken);
    }

    /// <summary>
    /// Whether the words decide the count (then <paramref name="count"/> is it, or null for "ask again"); otherwise the number
    /// prompt's own reading applies. <paramref name="subject"/> names what is counted ("weights", "bands").
    /// </summary>
    public static bool Decides(string? text, string culture, IEnumerable<string> subject, out int? count)
    {
        var named = subject.ToList();
        if (NoneThenCount(text, culture, named))
        {
            count = AfterNone(text!, culture, named);
            return true;
        }

        if (WeekdaysNamed(text, named) is { } weekdays)
        {
            count = weekdays;
            return true;
        }

        var perWeek = FrequencyParser.Read(text, culture);
        if (perWeek is not null && Missed().IsMatch(text!))
        {
            // "I forgot most days" counts the days she missed, not the days she did: asked again, never kept as 5.
            count = null;
            return true;
        }

        count = perWeek is { } days && days == Math.Floor(days) ? (int)days : null;
        return count is not null;
    }

    // "none, but I walked 3 times" at "how many strength sessions?": the none is hers, the 3 is the walking's. A later count
    // that names what is asked ("none at the gym, but bands twice") outweighs the none, as in onboarding (MessageReader).
    // Without words for what is asked, neither is taken.
    private static int? AfterNone(string text, string culture, IReadOnlyList<string> subject)
    {
        if (subject.Count == 0)
        {
            return null;
        }

        var named = MessageReader.Clauses(text).Skip(1).Where(c => Phrases.ContainsAny(c, subject)).Select(c => FrequencyParser.Read(c, culture)).OfType<double>().ToList();
        return named switch
        {
            [] => 0,
            [var perWeek] when perWeek == Math.Floor(perWeek) => (int)perWeek,
            _ => null,
        };
    }

    // "the gym on monday and thursday", "lunes y jueves": the days of last week she names, without a number of her own.
    // Said with what is counted, or alone; "I tripped on friday" at the balance count is no session.
    private static int? WeekdaysNamed(string? text, IReadOnlyList<string> subject)
    {
        var words = TextNormalizer.Words(text);
        var days = words.Where(Weekdays.Contains).Select(d => Weekdays.IndexOf(d) % 7).Distinct().Count();
        var alone = words.All(w => Weekdays.Contains(w) || DayFillers.Contains(w));
        return days > 0 && !words.Any(w => w.Any(char.IsDigit)) && !Habitual().IsMatch(string.Join(' ', words))
            && (alone || Phrases.ContainsAny(text!, subject)) ? days : null;
    }

    // English then Spanish, the same day at the same place modulo 7 ("lunes" is monday).
    private static readonly List<string> Weekdays =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
    ];

    private static readonly HashSet<string> DayFillers = new(StringComparer.Ordinal) { "on", "and", "el", "y", "the", "los", "e", "also", "then", "only", "just" };

    // "on sundays", "every monday", "los lunes": how often she usually does it, not the days of last week.
    [GeneratedRegex(@"\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|every|each|los|todos|cada)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Habitual();

    // A message that opens with none ("none", "no weights") and then counts something in a later clause.
    private static bool NoneThenCount(string? text, string culture, IReadOnlyList<string> subject) =>
        MessageReader.Clauses(text ?? string.Empty) is { Count: > 1 } clauses
        && (ZeroWords.MatchesCount(clauses[0]) || (NoneOf().IsMatch(clauses[0]) && Phrases.ContainsAny(clauses[0], subject)))
        && clauses.Skip(1).Any(c => FrequencyParser.Read(c, culture) is > 0);

    [GeneratedRegex(@"\b(?:forgot|forget|forgotten|missed|skipped|failed|olvide|olvido|olvidaba|olvidado|falle|me\s+salte)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Missed();

    [GeneratedRegex(@"^\s*(?:no|not|nothing|zero|ningun[oa]?|nada|sin)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoneOf();
}
