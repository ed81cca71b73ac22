using StudyBot.Connector.Teams;

namespace StudyBot.Tests.Reminders;

public sealed class SlackAndLifecycleTests(AzuriteFixture azurite)
{

    [Fact]
    public async Task Native_Slack_channels_get_the_reminder_once_as_Block_Kit_and_a_removed_channel_is_paused()
    {
        await using var slack = await LoopbackServer.StartAsync();
        slack.On(r => r.Path.EndsWith("chat.postMessage", StringComparison.Ordinal) && r.Json.GetProperty("channel").GetString() == "CGONE",
            _ => ScriptedResponse.Json(new { ok = false, error = "channel_not_found" }));
        slack.On(r => r.Path.EndsWith("chat.postMessage", StringComparison.Ordinal) && r.Json.GetProperty("channel").GetString() != "CGONE",
            _ => ScriptedResponse.Json(new { ok = true, ts = "1700000000.000100" }));
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-06T00:00:00Z"), extra: new()
        {
            ["Slack:BotToken"] = "xoxb-test",
            ["Slack:SigningSecret"] = "secret",
            ["Slack:ApiBaseUrl"] = slack.Url,
        });
        await rig.PutCohortAsync("w3", ReminderRig.Week3);
        await rig.AdminJsonAsync(HttpMethod.Post, "api/admin/cohorts/w3/subscriptions", new { slackTeam = "T1", slackChannel = "CSTUDY" });
        await rig.AdminJsonAsync(HttpMethod.Post, "api/admin/cohorts/w3/subscriptions", new { slackTeam = "T1", slackChannel = "CGONE" });

        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-11T00:00:20Z"));
        await rig.TickAsync();
        await rig.TickAsync();

        var post = Assert.Single(slack.Requests, r => r.Path.EndsWith("chat.postMessage", StringComparison.Ordinal) && r.Json.GetProperty("channel").GetString() == "CSTUDY");
        Assert.Equal("Bearer xoxb-test", post.Header("Authorization"));
        Assert.Contains("Week 3 · Day 5", post.Body, StringComparison.Ordinal);
        Assert.Contains("/done w3-d5-monitoring", post.Body, StringComparison.Ordinal); // the done button's command
        Assert.True(post.Json.TryGetProperty("blocks", out _));

        var cohort = await rig.AdminJsonAsync(HttpMethod.Get, "api/admin/cohorts/w3");
        var gone = cohort.GetProperty("subscriptions").EnumerateArray().Single(s => s.GetProperty("slackChannel").GetString() == "CGONE");
        Assert.True(gone.GetProperty("paused").GetBoolean());
        Assert.Contains("channel_not_found", gone.GetProperty("pausedReason").GetString(), StringComparison.Ordinal);
        Assert.Single(slack.Requests, r => r.Path.EndsWith("chat.postMessage", StringComparison.Ordinal) && r.Json.GetProperty("channel").GetString() == "CGONE");
    }

    [Fact]
    public async Task Teams_uninstall_pauses_the_subscription_and_reinstall_resumes_it_with_the_new_serviceUrl()
    {
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-06T00:00:00Z"));
        await rig.Week3CohortAsync("w3", "19:team@thread.tacv2");
        var lifecycle = rig.Service<IConversationLifecycle>();

        await lifecycle.OnUninstalledAsync("msteams|19:team@thread.tacv2", TestContext.Current.CancellationToken);
        var run = await rig.AdminJsonAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=w3&date=2026-12-07&slot=morning");
        Assert.Equal(0, run.GetProperty("sent").GetInt32());
        Assert.Empty(rig.SendsTo("19:team@thread.tacv2"));

        await using var region = await LoopbackServer.StartAsync();
        await lifecycle.OnInstalledAsync(
            new ConversationReference
            {
                ChannelId = "msteams",
                ServiceUrl = region.Url,
                Bot = new ChannelAccount { Id = "28:bot", Name = "StudyBot" },
                Conversation = new ConversationAccount { Id = "19:team@thread.tacv2", TenantId = "tenant-1", ConversationType = "channel" },
            },
            TestContext.Current.CancellationToken);
        run = await rig.AdminJsonAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=w3&date=2026-12-08&slot=morning");
        Assert.Equal(1, run.GetProperty("sent").GetInt32());
        Assert.Single(region.Requests, r => r.RawTarget == $"/v3/conversations/{Uri.EscapeDataString("19:team@thread.tacv2")}/activities");
    }
}
