using System.Globalization;
using System.Text.RegularExpressions;

namespace BoneCoachBot.CheckIns.Settings;

/// <summary>
/// A day and time named anywhere in her answer to the reminder offer: "Thursday evening", "fridays at 7pm",
/// "yes but on Sundays", "at 8:30 please". Null when the answer names neither (then it is a plain yes or no).
/// English only, like <see cref="ReminderPhraseParser"/>.
/// </summary>
public static partial class ReminderSlotReader
{
    // Our own reading of a part of the day as a reminder time (not a clinical figure): a time she names wins.
    private static readonly Dictionary<string, TimeOnly> PartsOfDay = new(StringComparer.Ordinal)
    {
        ["morning"] = new(9, 0),
        ["noon"] = new(12, 0),
        ["midday"] = new(12, 0),
        ["lunchtime"] = new(12, 0),
        ["afternoon"] = new(14, 0),
        ["evening"] = new(19, 0),
        ["night"] = new(20, 0),
        ["tonight"] = new(20, 0),
    };

    private static readonly string[] AfternoonOrLater = ["afternoon", "evening", "night", "tonight"];

    public static ReminderSlot? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Spanish days and times ("el jueves por la tarde") are read in their English words.
        var said = SpanishReminderPhrases.SlotInEnglish(text).ToLowerInvariant();
        var day = DayIn(said);
        var part = PartOfDay().Match(said) is { Success: true } found ? found.Groups["part"].Value : null;
        var time = ClockTimeIn(said, part) ?? (part is null ? null : PartsOfDay[part]);
        return day is null && time is null ? null : new ReminderSlot(day, time);
    }

    // The last day named counts ("not Mondays, Thursdays are better"); a day she only rules out is no day.
    private static DayOfWeek? DayIn(string said)
    {
        var match = DayWord().Matches(said).LastOrDefault();
        if (match is null || RuledOut().IsMatch(said[..match.Index]))
        {
            return null;
        }

        var stem = match.Groups["day"].Value[..3];
        var index = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.DayNames, name => name.StartsWith(stem, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : (DayOfWeek)index;
    }

    // A number is a time only with am/pm, a colon, or "at"/"around" before it: "2" alone may be anything.
    private static TimeOnly? ClockTimeIn(string said, string? part) =>
        ClockTime().Matches(said)
            .Where(m => m.Groups["meridiem"].Length > 0 || m.Groups["minute"].Length > 0 || m.Groups["at"].Length > 0)
            .Select(m => TimeOf(m, part))
            .FirstOrDefault(t => t is not null);

    private static TimeOnly? TimeOf(Match match, string? part)
    {
        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["minute"].Length == 0 ? 0 : int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
        var meridiem = match.Groups["meridiem"].Value;
        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = (hour % 12) + (meridiem.StartsWith('p') ? 12 : 0);
        }
        else if (hour is >= 1 and < 12 && part is not null && AfternoonOrLater.Contains(part))
        {
            // "Thursday evening at 7" is 19:00.
            hour += 12;
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    [GeneratedRegex(@"\b(?<day>mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(day)?s?\b|\b(?<day>(mon|tues|wednes|thurs|fri|satur|sun)day)s?\b")]
    private static partial Regex DayWord();

    [GeneratedRegex(@"\b(not|no|never)( on)?\s*$")]
    private static partial Regex RuledOut();

    [GeneratedRegex(@"\b(?<part>morning|noon|midday|lunchtime|afternoon|evening|night|tonight)s?\b")]
    private static partial Regex PartOfDay();

    [GeneratedRegex(@"(?<at>\b(at|around|about|after|@)\s*)?\b(?<hour>\d{1,2})([:.](?<minute>\d{2}))?\s*(?<meridiem>am|pm|a\.m\.|p\.m\.)?(?![\d])")]
    private static partial Regex ClockTime();
}

/// <summary>The day and time she named for her reminder; either may be missing ("Thursdays", "at 8").</summary>
public sealed record ReminderSlot(DayOfWeek? Day, TimeOnly? Time);
