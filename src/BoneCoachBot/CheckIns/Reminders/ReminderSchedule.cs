namespace BoneCoachBot.CheckIns.Reminders;

/// <summary>Weekly slots in her own time zone, turned into UTC instants (daylight saving included).</summary>
public static class ReminderSchedule
{
    /// <summary>The first <paramref name="day"/> at <paramref name="time"/> in <paramref name="zone"/> strictly after <paramref name="afterUtc"/>.</summary>
    public static DateTimeOffset NextAfter(DateTimeOffset afterUtc, DayOfWeek day, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(afterUtc, zone).DateTime);
        // Eight days cover "later today" and "same weekday next week".
        for (var offset = 0; offset <= 8; offset++)
        {
            var date = localToday.AddDays(offset);
            if (date.DayOfWeek != day)
            {
                continue;
            }

            var candidate = ToUtc(date.ToDateTime(time), zone);
            if (candidate > afterUtc)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No weekly slot found within eight days; the calendar arithmetic is wrong.");
    }

    // A time skipped by the spring change (02:30 that never happens) moves an hour on; an autumn repeat takes the first.
    private static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(unspecified)
            ? zone.GetAmbiguousTimeOffsets(unspecified).Max()
            : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }
}
