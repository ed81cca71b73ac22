using Azure.Data.Tables;
using StudyBot.Reminders;

namespace StudyBot.Tests.Reminders;

/// <summary>Exactly-once delivery against real Azurite tables and a loopback connector, on a fake clock.</summary>
public sealed class DeliveryTests(AzuriteFixture azurite)
{
    // Cohort "w3" follows the Week 3 plan from Monday 2026-12-07 in Seoul: Day 5 is Friday 2026-12-11,
    // morning 09:00 KST = 00:00 UTC, lab 14:00 KST = 05:00 UTC.
    private static readonly DateTimeOffset BeforeStart = DateTimeOffset.Parse("2026-12-06T00:00:00Z");

    private static async Task<ReminderRig> RigWithCohortAsync(AzuriteFixture azurite, int instances = 1, params string[] conversations)
    {
        var rig = await ReminderRig.StartAsync(azurite, BeforeStart, instances);
        await rig.PutCohortAsync("w3", ReminderRig.Week3);
        foreach (var c in conversations)
        {
            await rig.SubscribeAsync("w3", c);
        }

        return rig;
    }

    [Fact]
    public async Task Two_instances_ticking_the_same_slot_send_one_message_per_channel()
    {
        await using var rig = await RigWithCohortAsync(azurite, 2, "19:a@thread.tacv2", "19:b@thread.tacv2", "19:c@thread.tacv2");
        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-11T00:00:20Z"));

        // Both replicas tick at once, twice.
        await Task.WhenAll(rig.TickAsync(0), rig.TickAsync(1), rig.TickAsync(0), rig.TickAsync(1));
        rig.Time.Advance(TimeSpan.FromMinutes(1));
        await Task.WhenAll(rig.TickAsync(0), rig.TickAsync(1));

        foreach (var c in new[] { "19:a@thread.tacv2", "19:b@thread.tacv2", "19:c@thread.tacv2" })
        {
            var send = Assert.Single(rig.SendsTo(c));
            var text = send.Json.GetProperty("text").GetString()!;
            Assert.Contains("Week 3 · Day 5", text, StringComparison.Ordinal);
            Assert.Contains("Session 1: 모니터링 & 로깅", text, StringComparison.Ordinal);
            Assert.Contains("50분", text, StringComparison.Ordinal);
            Assert.Contains("\"command\":\"/done w3-d5-monitoring\"", send.Body, StringComparison.Ordinal); // a button on the card
            Assert.DoesNotContain("늦은 알림", text, StringComparison.Ordinal);
            Assert.Equal("28:bot", send.Json.GetProperty("from").GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task A_claim_left_by_a_crashed_sender_is_taken_over_after_it_goes_stale_and_sent_once()
    {
        await using var rig = await RigWithCohortAsync(azurite, 1, "crashed-conv", "healthy-conv");
        var now = DateTimeOffset.Parse("2026-12-11T00:00:05Z");
        rig.Time.SetUtcNow(now);

        // Another replica claimed the slot and one channel, then died before sending.
        var dispatcher = rig.Service<ReminderDispatcher>();
        Assert.True(await dispatcher.TryInsertSlotAsync("w3", new DateOnly(2026, 12, 11), ReminderSlot.Morning, "claimed", now, late: false, TestContext.Current.CancellationToken));
        var deliveries = await rig.Service<TableStore>().GetTableAsync(ReminderDispatcher.DeliveriesTable, TestContext.Current.CancellationToken);
        await deliveries.AddEntityAsync(
            new TableEntity(ReminderDispatcher.DeliveryPartition("w3", new DateOnly(2026, 12, 11), ReminderSlot.Morning), TableKeys.Escape("msteams|crashed-conv"))
            {
                ["State"] = "claimed",
                ["Attempts"] = 1,
                ["ClaimedAt"] = now,
                ["Owner"] = "dead-replica",
            },
            TestContext.Current.CancellationToken);

        await rig.TickAsync();
        Assert.Empty(rig.SendsTo("crashed-conv")); // a fresh claim belongs to its sender
        Assert.Single(rig.SendsTo("healthy-conv"));

        rig.Time.Advance(TimeSpan.FromMinutes(6));
        await rig.TickAsync();
        await rig.TickAsync();
        Assert.Single(rig.SendsTo("crashed-conv"));
        Assert.Single(rig.SendsTo("healthy-conv"));
        Assert.Equal("complete", await dispatcher.SlotStateAsync("w3", new DateOnly(2026, 12, 11), ReminderSlot.Morning, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task A_channel_the_bot_was_removed_from_is_paused_and_not_retried(int status)
    {
        await using var rig = await RigWithCohortAsync(azurite, 1, "removed-conv", "kept-conv");
        rig.Connector.On(r => r.RawTarget.Contains("removed-conv", StringComparison.Ordinal), _ => ScriptedResponse.Json(new { error = new { code = "BotNotInConversationRoster", message = "gone" } }, status));
        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-07T00:00:30Z"));
        await rig.TickAsync();

        var cohort = await rig.AdminJsonAsync(HttpMethod.Get, "api/admin/cohorts/w3");
        var removed = cohort.GetProperty("subscriptions").EnumerateArray().Single(s => s.GetProperty("conversationId").GetString() == "removed-conv");
        Assert.True(removed.GetProperty("paused").GetBoolean());
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), removed.GetProperty("pausedReason").GetString(), StringComparison.Ordinal);

        // Later ticks and the next days never try it again; the other channel goes on.
        for (var i = 0; i < 3; i++)
        {
            rig.Time.Advance(TimeSpan.FromMinutes(10));
            await rig.TickAsync();
        }

        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-08T00:00:30Z"));
        await rig.TickAsync();
        Assert.Single(rig.SendsTo("removed-conv"));
        Assert.Equal(2, rig.SendsTo("kept-conv").Length);
    }

    [Fact]
    public async Task A_429_with_a_long_Retry_After_is_retried_after_it_and_not_before()
    {
        await using var rig = await RigWithCohortAsync(azurite, 1, "busy-conv");
        rig.Connector.Once(r => r.RawTarget.Contains("busy-conv", StringComparison.Ordinal), new ScriptedResponse(429, "{}", Headers: new Dictionary<string, string> { ["Retry-After"] = "120" }));
        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-07T00:00:30Z"));
        await rig.TickAsync();
        Assert.Single(rig.SendsTo("busy-conv"));

        rig.Time.Advance(TimeSpan.FromSeconds(60));
        await rig.TickAsync();
        Assert.Single(rig.SendsTo("busy-conv")); // Retry-After not over yet

        rig.Time.Advance(TimeSpan.FromSeconds(65));
        await rig.TickAsync();
        rig.Time.Advance(TimeSpan.FromMinutes(5));
        await rig.TickAsync();
        Assert.Equal(2, rig.SendsTo("busy-conv").Length); // the 429 and one delivered message
    }

    [Fact]
    public async Task A_failed_send_is_marked_and_retried_with_backoff_not_dropped()
    {
        await using var rig = await RigWithCohortAsync(azurite, 1, "flaky-conv");
        rig.Connector.Once(r => r.RawTarget.Contains("flaky-conv", StringComparison.Ordinal), ScriptedResponse.Json(new { error = new { code = "ServiceUnavailable", message = "boom" } }, 503));
        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-07T00:00:30Z"));
        await rig.TickAsync();
        Assert.Equal("claimed", await rig.Service<ReminderDispatcher>().SlotStateAsync("w3", new DateOnly(2026, 12, 7), ReminderSlot.Morning, TestContext.Current.CancellationToken));

        rig.Time.Advance(TimeSpan.FromSeconds(30)); // backoff after the first failure is 1 minute
        await rig.TickAsync();
        Assert.Single(rig.SendsTo("flaky-conv"));

        rig.Time.Advance(TimeSpan.FromSeconds(40));
        await rig.TickAsync();
        await rig.TickAsync();
        Assert.Equal(2, rig.SendsTo("flaky-conv").Length);
        Assert.Equal("complete", await rig.Service<ReminderDispatcher>().SlotStateAsync("w3", new DateOnly(2026, 12, 7), ReminderSlot.Morning, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_send_without_an_answer_may_have_arrived_so_it_is_not_sent_again_unless_forced()
    {
        // The connector client gives up after 1 s; the channel answers after 3 s (it got the reminder, slowly).
        await using var rig = await ReminderRig.StartAsync(azurite, BeforeStart, configure: builder => builder.Services.Configure<Microsoft.Extensions.Http.HttpClientFactoryOptions>(
            ConnectorClient.HttpClientName, o => o.HttpClientActions.Add(client => client.Timeout = TimeSpan.FromSeconds(1))));
        await rig.PutCohortAsync("w3", ReminderRig.Week3);
        await rig.SubscribeAsync("w3", "slow-conv");
        rig.Connector.Once(r => r.RawTarget.Contains("slow-conv", StringComparison.Ordinal), new ScriptedResponse(200, """{"id":"late"}""", Delay: TimeSpan.FromSeconds(3)));
        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-07T00:00:30Z"));

        await rig.TickAsync();
        var run = await rig.AdminJsonAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=w3&date=2026-12-07&slot=morning");
        var channel = Assert.Single(run.GetProperty("channels").EnumerateArray());
        Assert.Equal("failed", channel.GetProperty("outcome").GetString()); // not known to be sent …
        Assert.Contains("may show it", channel.GetProperty("reason").GetString(), StringComparison.Ordinal); // … and said to be unconfirmed
        Assert.Equal("complete", await rig.Service<ReminderDispatcher>().SlotStateAsync("w3", new DateOnly(2026, 12, 7), ReminderSlot.Morning, TestContext.Current.CancellationToken));

        rig.Time.Advance(TimeSpan.FromMinutes(40)); // past every backoff a failed send would wait
        await rig.TickAsync();
        Assert.Single(rig.SendsTo("slow-conv"));

        var forced = await rig.AdminJsonAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=w3&date=2026-12-07&slot=morning&force=true");
        Assert.Equal(1, forced.GetProperty("sent").GetInt32());
        Assert.Equal(2, rig.SendsTo("slow-conv").Length);
    }

    [Fact]
    public async Task A_429_with_a_short_Retry_After_is_retried_in_the_same_run()
    {
        await using var rig = await RigWithCohortAsync(azurite, 1, "blip-conv");
        rig.Connector.Once(r => r.RawTarget.Contains("blip-conv", StringComparison.Ordinal), new ScriptedResponse(429, "{}", Headers: new Dictionary<string, string> { ["Retry-After"] = "0" }));
        var result = await rig.AdminJsonAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=w3&date=2026-12-07&slot=morning");
        Assert.Equal(1, result.GetProperty("sent").GetInt32());
        Assert.Equal(2, rig.SendsTo("blip-conv").Length);
    }

    [Fact]
    public async Task After_downtime_recent_slots_are_sent_marked_late_and_old_ones_skipped()
    {
        await using var rig = await RigWithCohortAsync(azurite, 1, "late-conv");

        // Down from before Monday 09:00 KST until 11:00: within the 3 h catch-up window.
        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-07T02:00:00Z"));
        await rig.TickAsync();
        var late = Assert.Single(rig.SendsTo("late-conv"));
        Assert.Contains("늦은 알림", late.Json.GetProperty("text").GetString(), StringComparison.Ordinal);

        // Down over Tuesday 09:00 until 13:30: too old, skipped (and recorded so it is not reconsidered).
        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-08T04:30:00Z"));
        await rig.TickAsync();
        Assert.Single(rig.SendsTo("late-conv"));
        Assert.Equal("skipped", await rig.Service<ReminderDispatcher>().SlotStateAsync("w3", new DateOnly(2026, 12, 8), ReminderSlot.Morning, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task New_York_cohort_gets_its_morning_at_9_local_across_the_DST_change()
    {
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-03-01T00:00:00Z"));
        await rig.PutCohortAsync("ny", new { track = "devops-k8s-5weeks", startDate = "2026-03-02", timeZone = "America/New_York", locale = "en" });
        await rig.SubscribeAsync("ny", "ny-conv");

        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-03-06T13:59:00Z")); // Fri 08:59 EST
        await rig.TickAsync();
        Assert.Empty(rig.SendsTo("ny-conv"));
        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-03-06T14:00:10Z")); // Fri 09:00 EST
        await rig.TickAsync();
        Assert.Single(rig.SendsTo("ny-conv"));

        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-03-09T13:00:10Z")); // Mon 09:00 EDT: an hour earlier in UTC
        await rig.TickAsync();
        var sends = rig.SendsTo("ny-conv");
        Assert.Equal(2, sends.Length);
        Assert.Contains("Week 2 · Day 1", sends[1].Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Today's topic", sends[1].Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lab_reminder_goes_out_at_the_lab_time_on_days_with_labs_only()
    {
        await using var rig = await RigWithCohortAsync(azurite, 1, "lab-conv");
        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-10T05:00:30Z")); // Thursday 14:00 KST: day 4 has no lab
        await rig.TickAsync();
        Assert.Empty(rig.SendsTo("lab-conv"));

        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-11T05:00:30Z")); // Friday 14:00 KST: Lab 5 and Challenge 5
        await rig.TickAsync();
        var lab = Assert.Single(rig.SendsTo("lab-conv")); // the morning, 5 h ago, is past the catch-up window
        Assert.Contains("Lab 5: 운영 환경 구축", lab.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("90분", lab.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_run_sends_once_then_reports_already_sent_and_force_resends()
    {
        await using var rig = await RigWithCohortAsync(azurite, 1, "run-a", "run-b");
        var first = await rig.AdminJsonAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=w3&date=2026-12-11&slot=morning");
        Assert.Equal((2, 0, 0), (first.GetProperty("sent").GetInt32(), first.GetProperty("alreadySent").GetInt32(), first.GetProperty("failed").GetInt32()));
        var again = await rig.AdminJsonAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=w3&date=2026-12-11&slot=morning");
        Assert.Equal((0, 2, 0), (again.GetProperty("sent").GetInt32(), again.GetProperty("alreadySent").GetInt32(), again.GetProperty("failed").GetInt32()));
        var forced = await rig.AdminJsonAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=w3&date=2026-12-11&slot=morning&force=true");
        Assert.Equal(2, forced.GetProperty("sent").GetInt32());
        Assert.Equal(2, rig.SendsTo("run-a").Length);

        var lab = await rig.AdminJsonAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=w3&date=2026-12-11&slot=lab");
        Assert.Equal(2, lab.GetProperty("sent").GetInt32());
    }

    [Fact]
    public async Task A_newer_serviceUrl_seen_on_an_inbound_activity_is_where_the_next_reminder_goes()
    {
        await using var rig = await RigWithCohortAsync(azurite, 1, "moving-conv");
        await using var newRegion = await LoopbackServer.StartAsync();
        var activity = TestActivities.Message("/help", newRegion.Url, channelId: "msteams", conversationId: "moving-conv");
        using (await TestActivities.PostAsync(rig.Host.Client, activity, cancellationToken: TestContext.Current.CancellationToken))
        {
        }

        await newRegion.WaitForAsync(r => r.Method == "POST"); // the /help reply
        await rig.AdminJsonAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=w3&date=2026-12-11&slot=morning");
        Assert.Empty(rig.SendsTo("moving-conv"));
        Assert.Single(newRegion.Requests, r => r.RawTarget == "/v3/conversations/moving-conv/activities");
    }
}
