using BoneCoachBot.CheckIns.Reminders;

namespace BoneCoachBot.Tests.CheckIns;

public sealed class ReminderScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    // Monday 10:00 UTC → Sunday 09:00 Berlin (UTC+1 in winter).
    [InlineData("2026-03-02T10:00:00Z", "2026-03-08T08:00:00Z")]
    // Sunday 07:59 UTC is 08:59 in Berlin: the slot is still today.
    [InlineData("2026-03-08T07:59:00Z", "2026-03-08T08:00:00Z")]
    // Exactly at the slot: the next one is a week on.
    [InlineData("2026-03-08T08:00:00Z", "2026-03-15T08:00:00Z")]
    // Across the spring change on 29 March: 09:00 Berlin is 07:00 UTC from then on.
    [InlineData("2026-03-23T10:00:00Z", "2026-03-29T07:00:00Z")]
    public void Next_slot_is_her_local_day_and_time_in_utc(string after, string expected)
    {
        var next = ReminderSchedule.NextAfter(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture), DayOfWeek.Sunday, new TimeOnly(9, 0), Berlin);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void A_time_skipped_by_the_clock_change_moves_an_hour_on()
    {
        // 02:30 on 29 March 2026 does not exist in Berlin; 03:30 CEST is 01:30 UTC.
        var next = ReminderSchedule.NextAfter(new DateTimeOffset(2026, 3, 23, 0, 0, 0, TimeSpan.Zero), DayOfWeek.Sunday, new TimeOnly(2, 30), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), next);
    }
}
