namespace Kennisbank.Tests.Authoring;

/// <summary>A clock stopped at one moment in UTC, so "today" in a new article is known to the test.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public FixedClock(int year, int month, int day)
        : this(new DateTimeOffset(year, month, day, 10, 30, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
