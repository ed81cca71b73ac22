using StudyBot.Reminders;

namespace StudyBot.Tests.Reminders;

/// <summary>Table storage goes away under the reminders (Cohorts, Subscriptions, ReminderSlots, ReminderDeliveries):
/// a tick during the outage sends nothing and claims nothing, and once storage returns the slot goes out exactly once
/// — without a restart.</summary>
public sealed class StorageOutageThreats() : ReminderOutageTests("2026-12-06T00:00:00Z")
{
    private const string Channel = "19:outage@thread.tacv2";

    [Fact]
    public async Task Storage_outage_during_a_reminder_slot_sends_it_once_when_storage_returns()
    {
        await Rig.Week3CohortAsync("w3", Channel);
        Rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-07T00:00:20Z")); // Monday 09:00:20 in Seoul: the morning slot is due

        await Storage.GoAwayAsync();
        await Assert.ThrowsAsync<StorageUnavailableException>(() => Rig.TickAsync()); // Quartz logs it and ticks again next minute
        using (var run = await Rig.AdminAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=w3&date=2026-12-07&slot=morning"))
        {
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, run.StatusCode);
            Assert.NotNull(run.Headers.RetryAfter);
        }

        Assert.Empty(Rig.SendsTo(Channel));

        await Storage.ComeBackAsync();
        Rig.Time.Advance(TimeSpan.FromMinutes(1));
        await Rig.TickAsync();
        await Rig.TickAsync();
        var reminder = Assert.Single(Rig.SendsTo(Channel));
        Assert.Contains("Week 3", reminder.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tick_during_an_outage_is_one_rate_limited_warning_not_an_error_per_minute()
    {
        await Rig.Week3CohortAsync("w3", Channel);
        Rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-07T00:00:20Z"));
        var logger = new Microsoft.Extensions.Logging.Testing.FakeLogger<StorageOutageLog>();
        // The rig ticks by hand (Reminders:Scheduler false); the job under test runs as in production (true by default).
        var job = new ReminderTickJob(Rig.Service<ReminderScheduler>(), new StorageOutageLog(Rig.Time, logger), Microsoft.Extensions.Options.Options.Create(new RemindersOptions()));

        await Storage.GoAwayAsync();
        for (var minute = 0; minute < 3; minute++)
        {
            await job.Execute(null!, TestContext.Current.CancellationToken); // the job never reads Quartz's context
            Rig.Time.Advance(TimeSpan.FromSeconds(10));
        }

        var warning = Assert.Single(logger.Collector.GetSnapshot()); // three failed ticks inside one interval: one line
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
        Assert.Equal("reminders tick", warning.GetStructuredStateValue("What"));
        Assert.Null(warning.Exception);
        Assert.Empty(Rig.SendsTo(Channel));

        await Storage.ComeBackAsync();
        await job.Execute(null!, TestContext.Current.CancellationToken);
        Assert.Single(Rig.SendsTo(Channel)); // the due slot goes out once storage is back
    }

    [Fact]
    public async Task Storage_outage_when_a_reminder_button_is_pressed_says_try_again_and_records_nothing_half_way()
    {
        await Rig.Week3CohortAsync("w3", Channel);
        Rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-07T00:00:20Z"));
        await Rig.TickAsync();
        var button = ReminderRig.Buttons(Assert.Single(Rig.SendsTo(Channel)))[0];

        await Storage.GoAwayAsync();
        var refused = await Rig.PressAsync(button, Channel, "29:kim", "aad-kim");
        Assert.Contains(OutageStorage.TryAgainKo, refused.GetProperty("value").GetRawText(), StringComparison.Ordinal);

        await Storage.ComeBackAsync();
        var kim = new LearnerId(Channels.MsTeams, "tenant-1", "aad-kim").Key;
        var store = Rig.Service<StudyBot.Checklist.CompletionStore>();
        Assert.Empty(await store.GetCompletionsAsync(kim, TestContext.Current.CancellationToken)); // nothing half-way

        // Pressed again once storage is back: recorded once, and a third press says it is already done.
        Assert.Contains("완료 기록: ", (await Rig.PressAsync(button, Channel, "29:kim", "aad-kim")).GetProperty("value").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("이미 완료한 항목", (await Rig.PressAsync(button, Channel, "29:kim", "aad-kim")).GetProperty("value").GetRawText(), StringComparison.Ordinal);
        Assert.Single(await store.GetCompletionsAsync(kim, TestContext.Current.CancellationToken));
    }
}
