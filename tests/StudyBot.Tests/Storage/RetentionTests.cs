using Azure.Data.Tables;

namespace StudyBot.Tests.Storage;

/// <summary>Old Slack event ids and reminder deliveries are removed after their retention, once a day, by one
/// replica — against real Azurite tables.</summary>
public sealed class RetentionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Old_slack_events_and_reminder_deliveries_are_removed_once_a_day_by_one_replica()
    {
        var settings = azurite.Settings();

        // The test runs retention itself; Quartz follows the injected clock, so its daily trigger would fire (misfire:
        // now) when the clock jumps below and claim the day first.
        settings["Storage:Retention:Schedule"] = "0 0 0 1 1 ? 2099";
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var first = await StudyBotHost.StartAsync(settings, timeProvider: clock);
        await using var second = await StudyBotHost.StartAsync(settings, timeProvider: clock);
        var store = first.Services.GetRequiredService<TableStore>();
        var ct = TestContext.Current.CancellationToken;

        // Rows as the Slack and reminder stores write them (the server stamps Timestamp with the real time).
        var events = await store.GetTableAsync("SlackEvents", ct);
        var deliveries = await store.GetTableAsync("ReminderDeliveries", ct);
        for (var i = 0; i < 3; i++)
        {
            await events.AddEntityAsync(new TableEntity("2026-12-01", $"T1~Ev{i}"), ct);
            await deliveries.AddEntityAsync(new TableEntity("w3|2026-12-01|morning", $"conv{i}") { ["State"] = "sent" }, ct);
        }

        // Eight days later: Slack event ids (7 days) go, deliveries (90 days) stay. Two replicas race; one does the run.
        clock.Advance(TimeSpan.FromDays(8));
        var runs = await Task.WhenAll(first.Services.GetRequiredService<StorageRetention>().RunAsync(ct), second.Services.GetRequiredService<StorageRetention>().RunAsync(ct));
        var done = Assert.Single(runs, r => r is not null)!;
        Assert.Equal(3, done["SlackEvents"]);
        Assert.Equal(0, done["ReminderDeliveries"]);
        Assert.Empty(await Rows(events));
        Assert.Equal(3, (await Rows(deliveries)).Count);

        // The same day again: already done.
        Assert.Null(await first.Services.GetRequiredService<StorageRetention>().RunAsync(ct));

        // Past 90 days the deliveries go too.
        clock.Advance(TimeSpan.FromDays(83));
        var later = await second.Services.GetRequiredService<StorageRetention>().RunAsync(ct);
        Assert.Equal(3, later!["ReminderDeliveries"]);
        Assert.Empty(await Rows(deliveries));
    }

    [Fact]
    public async Task The_daily_quartz_job_removes_rows_past_their_configured_retention_and_keeps_tables_set_to_forever()
    {
        var settings = azurite.Settings(("Storage:Retention:Schedule", "0 0 0 1 1 ? 2099"));
        var ct = TestContext.Current.CancellationToken;
        TableClient events, deliveries;
        await using (var seed = await StudyBotHost.StartAsync(settings))
        {
            var store = seed.Services.GetRequiredService<TableStore>();
            events = await store.GetTableAsync("SlackEvents", ct);
            deliveries = await store.GetTableAsync("ReminderDeliveries", ct);
            for (var i = 0; i < 3; i++)
            {
                await events.AddEntityAsync(new TableEntity("2026-12-01", $"T1~Ev{i}"), ct);
                await deliveries.AddEntityAsync(new TableEntity("w3|2026-12-01|morning", $"conv{i}") { ["State"] = "sent" }, ct);
            }
        }

        // The job on the service's own Quartz scheduler (every second here, daily by default); the periods from
        // configuration replace the defaults: Slack event ids after a moment, deliveries never ("00:00:00").
        await Task.Delay(50, ct); // the rows are older than their configured millisecond
        await using var daily = await StudyBotHost.StartAsync(new Dictionary<string, string?>(settings)
        {
            ["Storage:Retention:Schedule"] = "* * * * * ?",
            ["Storage:Retention:Tables:SlackEvents"] = "00:00:00.001",
            ["Storage:Retention:Tables:ReminderDeliveries"] = "00:00:00",
        });
        for (var i = 0; i < 300 && (await Rows(events)).Count > 0; i++)
        {
            await Task.Delay(100, ct);
        }

        Assert.Empty(await Rows(events));
        Assert.Equal(3, (await Rows(deliveries)).Count);
    }

    private static async Task<List<TableEntity>> Rows(TableClient table)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
