namespace StudyBot.Tests.Conversation;

public sealed class LocalTimesTests
{
    [Theory]
    [InlineData("Asia/Seoul", "2026-03-02T00:00:00Z", "2026-03-02 09:00 KST")]
    [InlineData("America/New_York", "2026-01-05T14:00:00Z", "2026-01-05 09:00 EST")]
    [InlineData("America/New_York", "2026-07-06T13:00:00Z", "2026-07-06 09:00 EDT")]
    [InlineData("Asia/Tokyo", "2026-03-02T00:00:00Z", "2026-03-02 09:00 JST")]
    [InlineData("UTC", "2026-03-02T09:00:00Z", "2026-03-02 09:00 UTC")]
    [InlineData("Asia/Kathmandu", "2026-03-02T03:15:00Z", "2026-03-02 09:00 UTC+05:45")] // no abbreviation: the offset
    public void A_time_reads_in_the_cohort_zone_with_its_name(string zone, string instant, string expected) =>
        Assert.Equal(expected, LocalTimes.DateTime(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zone)));

    [Fact]
    public void A_wall_clock_time_is_named_for_its_date()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal("09:00 EST", LocalTimes.Time(new TimeOnly(9, 0), new DateOnly(2026, 1, 5), newYork));
        Assert.Equal("09:00 EDT", LocalTimes.Time(new TimeOnly(9, 0), new DateOnly(2026, 7, 6), newYork));
    }
}
