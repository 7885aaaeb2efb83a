using System.Globalization;
using System.Text.RegularExpressions;

namespace BoneCoachBot.CheckIns.Settings;

/// <summary>
/// Reads "remind me on Sundays at 9", "remind me Monday 7pm", "pause/resume/stop reminders" and
/// "my time zone is Europe/Berlin". Spanish phrases are read in their English form (SpanishReminderPhrases); anything else is not a reminder phrase (null).
/// </summary>
public static partial class ReminderPhraseParser
{
    private static readonly string[] DayNames = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;

    public static ReminderCommand? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Spanish phrases are read as their English form.
        text = SpanishReminderPhrases.AsEnglish(text) ?? text;
        var phrase = Whitespace().Replace(text.Trim().TrimEnd('.', '!').ToLowerInvariant(), " ");
        return Toggle(phrase) ?? ZoneChange(text.Trim()) ?? Schedule(phrase);
    }

    private static ReminderCommand? Toggle(string phrase) => ToggleWords().Match(phrase) switch
    {
        { Success: false } => null,
        var match => match.Groups["verb"].Value switch
        {
            "pause" or "snooze" => new ReminderCommand(ReminderAction.Pause),
            "resume" or "restart" or "unpause" or "turn on" => new ReminderCommand(ReminderAction.Resume),
            _ => new ReminderCommand(ReminderAction.Stop),
        },
    };

    private static ReminderCommand? ZoneChange(string text)
    {
        var match = ZonePhrase().Match(text);
        return match.Success ? new ReminderCommand(ReminderAction.SetTimeZone, TimeZone: match.Groups["zone"].Value) : null;
    }

    private static ReminderCommand? Schedule(string phrase)
    {
        var match = SchedulePhrase().Match(phrase);
        if (!match.Success)
        {
            return null;
        }

        var day = DayIn(match.Groups["day"].Value);
        var time = TimeIn(match.Groups["hour"].Value, match.Groups["minute"].Value, match.Groups["meridiem"].Value);
        var valid = (day is not null || match.Groups["day"].Length == 0) && (time is not null || match.Groups["hour"].Length == 0);
        return valid && (day is not null || time is not null) ? new ReminderCommand(ReminderAction.Set, day, time) : null;
    }

    private static DayOfWeek? DayIn(string word)
    {
        if (word.Length < 3)
        {
            return null;
        }

        var index = Array.FindIndex(DayNames, name => name.StartsWith(word.TrimEnd('s')[..3], StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : (DayOfWeek)index;
    }

    // "9" alone is morning: a reminder at 9 in the evening is asked for as "9pm" or "21:00".
    private static TimeOnly? TimeIn(string hourText, string minuteText, string meridiem)
    {
        if (!int.TryParse(hourText, CultureInfo.InvariantCulture, out var hour))
        {
            return null;
        }

        var minute = minuteText.Length == 0 ? 0 : int.Parse(minuteText, CultureInfo.InvariantCulture);
        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = (hour % 12) + (meridiem.StartsWith('p') ? 12 : 0);
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(please )?(?<verb>pause|snooze|resume|restart|unpause|turn on|stop|cancel|turn off|no more)( my| the)? (weekly )?(check-in |check in )?reminders?( please)?$")]
    private static partial Regex ToggleWords();

    // "Europe/Berlin", "UTC", or a city as she'd say it ("london", "new york"), which ReminderTimeZone looks up.
    [GeneratedRegex(@"^(my )?time ?zone( is|:)? (?<zone>[A-Za-z_]+(/[A-Za-z_+\-0-9]+){0,2}|[A-Za-z]+( [A-Za-z]+){0,2}|UTC)$", RegexOptions.IgnoreCase)]
    private static partial Regex ZonePhrase();

    // Asked as she'd ask it: "can you remind me on fridays instead", "change my reminder to monday at 7pm".
    [GeneratedRegex(@"^(please )?((can|could|would|will) (you|u) (please )?|i'?d like (you )?to |i want (you )?to )?(remind me|(change|move|switch|set) (my |the )?(weekly )?(check-in |check in )?reminders?( to| for)?|make (my |the )?reminders?)( to check in)?( every| on| each)? ?(?<day>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|[a-z]+days?)?( mornings?| evenings?)?(,? at|,? around|,? @)? ?((?<hour>\d{1,2})([:.](?<minute>\d{2}))? ?(?<meridiem>am|pm|a\.m\.|p\.m\.)?)?( instead| from now on)?( please)?\??$")]
    private static partial Regex SchedulePhrase();
}
