using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>How-often words without a number: "every day", "most days", "weekdays", and vague ones read by convention ("sometimes").</summary>
internal static partial class FrequencyWords
{
    // Vague words, read as the middle of the usual survey bands (never / less than weekly / 1-3 times a week / most days / daily).
    // This is our convention, not a measured equivalence, so these mentions are marked Vague for the bot to read back.
    private const double Rarely = 0.5;
    private const double NowAndThen = 1;
    private const double Sometimes = 2;

    private static readonly (string Phrase, double PerWeek, bool Vague)[] Phrases =
    [
        ("almost every day", 5, false), ("nearly every day", 5, false), ("most days", 5, false), ("most of the days", 5, false),
        ("casi todos los dias", 5, false), ("la mayoria de los dias", 5, false), ("casi a diario", 5, false),
        ("every other day", 3.5, false), ("every second day", 3.5, false), ("alternate days", 3.5, false),
        ("cada dos dias", 3.5, false), ("dia por medio", 3.5, false), ("un dia si y otro no", 3.5, false), ("dia si dia no", 3.5, false),
        ("every weekday", 5, false), ("weekdays", 5, false), ("week days", 5, false), ("monday to friday", 5, false), ("entre semana", 5, false), ("de lunes a viernes", 5, false),
        ("every weekend", 2, false), ("weekends", 2, false), ("fines de semana", 2, false), ("los findes", 2, false),
        ("every day", 7, false), ("everyday", 7, false), ("each day", 7, false), ("daily", 7, false), ("every single day", 7, false), ("every night", 7, false),
        ("each night", 7, false), ("every morning", 7, false), ("each morning", 7, false), ("every evening", 7, false), ("each evening", 7, false),
        ("todos los dias", 7, false), ("a diario", 7, false), ("diario", 7, false), ("de diario", 7, false), ("cada dia", 7, false), ("diariamente", 7, false), ("todas las noches", 7, false), ("cada noche", 7, false), ("todas las mananas", 7, false), ("cada manana", 7, false),
        ("every week", 1, false), ("weekly", 1, false), ("todas las semanas", 1, false), ("cada semana", 1, false), ("semanalmente", 1, false),
        ("every month", 12.0 / 52, false), ("monthly", 12.0 / 52, false), ("cada mes", 12.0 / 52, false), ("todos los meses", 12.0 / 52, false),
        ("hardly ever", Rarely, true), ("rarely", Rarely, true), ("seldom", Rarely, true), ("not often", Rarely, true), ("casi nunca", Rarely, true), ("rara vez", Rarely, true), ("pocas veces", Rarely, true),
        ("now and then", NowAndThen, true), ("now n then", NowAndThen, true), ("now & then", NowAndThen, true), ("now and again", NowAndThen, true), ("every now and then", NowAndThen, true), ("once in a while", NowAndThen, true),
        ("occasionally", NowAndThen, true), ("de vez en cuando", NowAndThen, true), ("ocasionalmente", NowAndThen, true),
        ("sometimes", Sometimes, true), ("some days", Sometimes, true), ("a veces", Sometimes, true), ("algunas veces", Sometimes, true), ("algunos dias", Sometimes, true),
    ];

    private static readonly Regex Pattern = new(
        $@"\b(?:{string.Join("|", Phrases.Select(p => Regex.Escape(p.Phrase)).OrderByDescending(p => p.Length))})\b",
        RegexOptions.CultureInvariant);

    /// <summary>Frequency mentions for the phrases in <paramref name="folded"/> (offsets are the slice's).</summary>
    public static IEnumerable<Mention> Find(string slice, string folded)
    {
        foreach (Match match in Pattern.Matches(folded))
        {
            var (_, perWeek, vague) = Phrases.First(p => p.Phrase == match.Value);
            yield return MentionFinder.Make(slice, MentionKind.Frequency, Math.Round((decimal)perWeek, 2), null, match.Index, match.Index + match.Length, approximate: vague) with { Vague = vague };
        }

        foreach (var weekly in Weekdays(slice, folded))
        {
            yield return weekly;
        }
    }

    // "on tuesdays", "every monday", "mondays and thursdays", "los lunes y los jueves": each named day once a week. A day said
    // once ("on monday", "el lunes") is one occasion, not a habit, so it needs a plural, "every" or Spanish "los".
    private static IEnumerable<Mention> Weekdays(string slice, string folded)
    {
        foreach (Match match in WeekdayListPattern().Matches(folded))
        {
            var days = DayPattern().Matches(match.Value).Select(d => d.Groups["stem"].Value).Distinct(StringComparer.Ordinal).Count();
            var habit = match.Groups["every"].Success || match.Groups["los"].Success || DayPattern().Matches(match.Value).All(d => d.Groups["plural"].Success);
            if (habit && days is > 0 and <= 7)
            {
                yield return MentionFinder.Make(slice, MentionKind.Frequency, days, null, match.Index, match.Index + match.Length, approximate: false);
            }
        }
    }

    private const string Day = @"(?<stem>mon|tues|wednes|thurs|fri|satur|sun)day(?<plural>s)?|(?<stem>lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?<plural>s)?";

    [GeneratedRegex(@"\b(?:(?<every>every|each|todos\s+los|cada)\s+|on\s+|(?<los>los)\s+)?(?:" + Day + @")(?>\s*(?:,|and|&|y)\s*(?:on\s+|los\s+)?(?:" + Day + @"))*\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WeekdayListPattern();

    [GeneratedRegex(Day, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayPattern();
}
