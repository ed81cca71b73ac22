using Microsoft.Extensions.Logging.Testing;

namespace StudyBot.Tests.Storage;

public sealed class StorageOutageLogTests
{
    [Fact]
    public void An_outage_is_one_warning_per_interval_that_counts_the_requests_it_stands_for()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-03T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var logger = new FakeLogger<StorageOutageLog>();
        var log = new StorageOutageLog(time, logger);

        for (var i = 0; i < 50; i++)
        {
            log.Warn("GET /api/cohorts/{cohort}/progress", "503 ServerBusy");
        }

        var first = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, first.Level);
        Assert.Equal("1", first.GetStructuredStateValue("Count"));
        Assert.Equal("GET /api/cohorts/{cohort}/progress", first.GetStructuredStateValue("What"));

        time.Advance(StorageOutageLog.Interval);
        log.Warn("command done", "timeout");
        var second = logger.Collector.LatestRecord;
        Assert.Equal(2, logger.Collector.Count);
        Assert.Equal("50", second.GetStructuredStateValue("Count")); // the 49 folded into silence and this one
        Assert.Equal("command done", second.GetStructuredStateValue("What"));
    }
}
