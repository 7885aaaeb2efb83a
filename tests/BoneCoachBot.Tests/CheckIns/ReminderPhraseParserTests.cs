using BoneCoachBot.CheckIns.Settings;

namespace BoneCoachBot.Tests.CheckIns;

public sealed class ReminderPhraseParserTests
{
    public static TheoryData<string, ReminderAction, DayOfWeek?, string?> Phrases => new()
    {
        { "remind me on Sundays at 9", ReminderAction.Set, DayOfWeek.Sunday, "09:00" },
        { "Remind me Monday 7pm", ReminderAction.Set, DayOfWeek.Monday, "19:00" },
        { "remind me every tuesday at 18:30", ReminderAction.Set, DayOfWeek.Tuesday, "18:30" },
        { "remind me on wednesdays", ReminderAction.Set, DayOfWeek.Wednesday, null },
        { "remind me at 8am", ReminderAction.Set, null, "08:00" },
        { "remind me thu 12am", ReminderAction.Set, DayOfWeek.Thursday, "00:00" },
        { "remind me on Saturday mornings at 7.15", ReminderAction.Set, DayOfWeek.Saturday, "07:15" },
        { "please remind me to check in on Fridays at 12pm.", ReminderAction.Set, DayOfWeek.Friday, "12:00" },
        { "pause reminders", ReminderAction.Pause, null, null },
        { "Pause my reminders", ReminderAction.Pause, null, null },
        { "resume reminders", ReminderAction.Resume, null, null },
        { "turn on reminders", ReminderAction.Resume, null, null },
        { "stop reminders", ReminderAction.Stop, null, null },
        { "no more reminders!", ReminderAction.Stop, null, null },
        { "stop my check-in reminders", ReminderAction.Stop, null, null },
        { "can you remind me on fridays instead", ReminderAction.Set, DayOfWeek.Friday, null },
        { "could you please remind me on Mondays at 6pm?", ReminderAction.Set, DayOfWeek.Monday, "18:00" },
        { "change my reminder to thursday at 7pm", ReminderAction.Set, DayOfWeek.Thursday, "19:00" },
        { "move my reminders to sundays", ReminderAction.Set, DayOfWeek.Sunday, null },
        { "I'd like you to remind me at 8am from now on", ReminderAction.Set, null, "08:00" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Reads_day_time_and_action(string phrase, ReminderAction action, DayOfWeek? day, string? time)
    {
        var command = ReminderPhraseParser.Parse(phrase);

        Assert.NotNull(command);
        Assert.Equal(action, command.Action);
        Assert.Equal(day, command.Day);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), command.Time);
    }

    [Theory]
    [InlineData("my time zone is Europe/Berlin", "Europe/Berlin")]
    [InlineData("timezone America/New_York", "America/New_York")]
    [InlineData("time zone: UTC", "UTC")]
    public void Reads_a_time_zone_as_typed(string phrase, string zone)
    {
        var command = ReminderPhraseParser.Parse(phrase);

        Assert.Equal(new ReminderCommand(ReminderAction.SetTimeZone, TimeZone: zone), command);
    }

    [Theory]
    [InlineData("london", "Europe/London")]
    [InlineData("New York", "America/New_York")]
    [InlineData("madrid", "Europe/Madrid")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    public void A_city_or_a_zone_in_any_case_names_its_zone(string typed, string zone)
    {
        Assert.Equal(zone, ReminderTimeZone.Normalise(typed));
    }

    [Theory]
    [InlineData("atlantis")]
    [InlineData("my house")]
    public void A_place_that_names_no_zone_is_not_guessed(string typed)
    {
        Assert.Null(ReminderTimeZone.Normalise(typed));
    }

    [Theory]
    [InlineData("remind me")]
    [InlineData("remind me tomorrow")]
    [InlineData("remind me someday")]
    [InlineData("remind me on Sundays at 25")]
    [InlineData("remind me monday 13pm")]
    [InlineData("remind me at 9:75")]
    [InlineData("stop")]
    [InlineData("check in")]
    [InlineData("I slept 7 hours")]
    [InlineData("can you remind me what a T-score is")]
    [InlineData("change my weight to 58 kg")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_reminder_phrase(string? text)
    {
        Assert.Null(ReminderPhraseParser.Parse(text));
    }
}
