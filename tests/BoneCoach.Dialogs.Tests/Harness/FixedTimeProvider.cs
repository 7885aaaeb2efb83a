namespace BoneCoach.Dialogs.Tests.Harness;

/// <summary>A clock stopped at one instant, in UTC, so dates in tests never depend on when they run.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => now;
}
