using StudyBot.Tests.Reminders;

namespace StudyBot.Tests.Cohorts;

/// <summary>The operator API beyond create/read: list, delete a subscription or a cohort, per-channel run outcomes with
/// reasons and a note, truthful future-slot runs, and the serviceUrl allow-list — over real HTTP and Azurite.</summary>
public sealed class OperatorApiTests(AzuriteFixture azurite)
{
    // Week 3 from Monday 2026-12-07 in Seoul; Day 5 is Friday 2026-12-11, morning 09:00 KST = 00:00 UTC.

    [Fact]
    public async Task Cohorts_are_listed_and_a_subscription_or_a_whole_cohort_can_be_deleted()
    {
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-06T00:00:00Z"));
        await rig.PutCohortAsync("alpha", ReminderRig.Week3);
        await rig.PutCohortAsync("beta", new { track = "compute", startDate = "2026-12-14" });
        await rig.SubscribeAsync("alpha", "19:a@thread.tacv2");
        await rig.SubscribeAsync("alpha", "19:b@thread.tacv2");

        var list = await rig.AdminJsonAsync(HttpMethod.Get, "api/admin/cohorts");
        Assert.Equal(["alpha", "beta"], list.EnumerateArray().Select(c => c.GetProperty("cohort").GetString()));
        var alpha = list[0];
        Assert.Equal(("k8s-week3-part3", "2026-12-07", 2), (alpha.GetProperty("track").GetString(), alpha.GetProperty("startDate").GetString(), alpha.GetProperty("subscriptions").GetInt32()));
        Assert.Equal("2026-12-07T09:00:00+09:00", alpha.GetProperty("nextReminder").GetString());

        // The key to delete is the one GET lists.
        var key = (await rig.AdminJsonAsync(HttpMethod.Get, "api/admin/cohorts/alpha")).GetProperty("subscriptions")[0].GetProperty("key").GetString()!;
        using (var deleted = await rig.AdminAsync(HttpMethod.Delete, $"api/admin/cohorts/alpha/subscriptions/{Uri.EscapeDataString(key)}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using (var again = await rig.AdminAsync(HttpMethod.Delete, $"api/admin/cohorts/alpha/subscriptions/{Uri.EscapeDataString(key)}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        }

        var remaining = (await rig.AdminJsonAsync(HttpMethod.Get, "api/admin/cohorts/alpha")).GetProperty("subscriptions");
        Assert.Equal(1, remaining.GetArrayLength());
        Assert.NotEqual(key, remaining[0].GetProperty("key").GetString());

        using (var gone = await rig.AdminAsync(HttpMethod.Delete, "api/admin/cohorts/alpha"))
        {
            Assert.Equal(HttpStatusCode.NoContent, gone.StatusCode);
        }

        using (var missing = await rig.AdminAsync(HttpMethod.Get, "api/admin/cohorts/alpha"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        using (var twice = await rig.AdminAsync(HttpMethod.Delete, "api/admin/cohorts/alpha"))
        {
            Assert.Equal(HttpStatusCode.NotFound, twice.StatusCode);
        }

        Assert.Equal(["beta"], (await rig.AdminJsonAsync(HttpMethod.Get, "api/admin/cohorts")).EnumerateArray().Select(c => c.GetProperty("cohort").GetString()));

        // Its channels no longer get reminders.
        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-07T00:00:20Z"));
        await rig.TickAsync();
        Assert.Empty(rig.SendsTo("19:b@thread.tacv2"));
    }

    [Fact]
    public async Task A_run_answers_per_channel_with_an_outcome_and_a_reason_and_a_note_when_nothing_was_due()
    {
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-11T00:00:20Z"));
        await rig.Week3CohortAsync("w3", "19:fine@thread.tacv2");
        await rig.SubscribeAsync("w3", "19:broken@thread.tacv2");
        rig.Connector.On(r => r.RawTarget.Contains(Uri.EscapeDataString("19:broken@thread.tacv2"), StringComparison.Ordinal), _ => new ScriptedResponse(400, "{\"error\":{\"code\":\"BadArgument\",\"message\":\"no\"}}"));

        var first = await RunAsync(rig, "w3", "2026-12-11", "morning");
        Assert.Equal((1, 0, 1), (first.GetProperty("sent").GetInt32(), first.GetProperty("alreadySent").GetInt32(), first.GetProperty("failed").GetInt32()));
        var channels = first.GetProperty("channels").EnumerateArray().ToDictionary(c => c.GetProperty("conversation").GetString()!, c => (Outcome: c.GetProperty("outcome").GetString(), Reason: c.GetProperty("reason").GetString()));
        Assert.Equal(2, channels.Count);
        Assert.Equal("sent", channels.Single(c => c.Key.Contains("fine", StringComparison.Ordinal)).Value.Outcome);
        var broken = channels.Single(c => c.Key.Contains("broken", StringComparison.Ordinal)).Value;
        Assert.Equal("failed", broken.Outcome);
        Assert.Contains("400", broken.Reason, StringComparison.Ordinal);

        var second = await RunAsync(rig, "w3", "2026-12-11", "morning");
        var again = second.GetProperty("channels").EnumerateArray().ToDictionary(c => c.GetProperty("conversation").GetString()!, c => (Outcome: c.GetProperty("outcome").GetString(), Reason: c.GetProperty("reason").GetString()));
        var fine = again.Single(c => c.Key.Contains("fine", StringComparison.Ordinal)).Value;
        Assert.Equal("alreadySent", fine.Outcome);
        Assert.Contains("delivered at", fine.Reason, StringComparison.Ordinal);
        Assert.Equal("failed", again.Single(c => c.Key.Contains("broken", StringComparison.Ordinal)).Value.Outcome);
        Assert.Single(rig.SendsTo("19:fine@thread.tacv2"));

        foreach (var (date, slot, says) in new[] { ("2026-12-12", "morning", "not a class day"), ("2026-12-06", "morning", "before the cohort's start date") })
        {
            var nothing = await RunAsync(rig, "w3", date, slot);
            Assert.Equal(0, nothing.GetProperty("channels").GetArrayLength());
            Assert.Contains(says, nothing.GetProperty("note").GetString(), StringComparison.Ordinal);
        }

        await rig.PutCohortAsync("w3", new { track = "k8s-week3-part3", startDate = "2026-12-07", skipDates = new[] { "2026-12-10" } });
        Assert.Contains("skip date", (await RunAsync(rig, "w3", "2026-12-10", "morning")).GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manual_run_of_a_future_slot_says_so_and_next_reminder_stays_truthful()
    {
        // Friday 05:00 KST: the next reminder is this morning's at 09:00.
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-10T20:00:00Z"));
        await rig.Week3CohortAsync("w3", "19:a@thread.tacv2");
        Assert.Equal("2026-12-11T09:00:00+09:00", (await rig.AdminJsonAsync(HttpMethod.Get, "api/admin/cohorts/w3")).GetProperty("nextReminder").GetString());

        var run = await RunAsync(rig, "w3", "2026-12-11", "morning");
        Assert.Equal(1, run.GetProperty("sent").GetInt32());
        Assert.Contains("still in the future", run.GetProperty("note").GetString(), StringComparison.Ordinal);

        // That slot will not be sent again at 09:00, so it is no longer "next".
        var cohort = await rig.AdminJsonAsync(HttpMethod.Get, "api/admin/cohorts/w3");
        var next = DateTimeOffset.Parse(cohort.GetProperty("nextReminder").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(next > DateTimeOffset.Parse("2026-12-11T09:00:00+09:00"), $"nextReminder {next} still names the slot already sent");

        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-11T00:00:30Z"));
        await rig.TickAsync();
        Assert.Single(rig.SendsTo("19:a@thread.tacv2"));
    }

    [Theory]
    [InlineData("https://attacker.example.org/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example.org/teams/")]
    [InlineData("http://smba.trafficmanager.net/teams/")]
    public async Task The_operator_api_refuses_a_subscription_whose_service_url_would_receive_the_bot_token(string serviceUrl)
    {
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-06T00:00:00Z"));
        await rig.PutCohortAsync("w3", ReminderRig.Week3);
        using var response = await rig.AdminAsync(HttpMethod.Post, "api/admin/cohorts/w3/subscriptions", new { channelId = "msteams", serviceUrl, conversation = new { id = "19:a@thread.tacv2" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("serviceUrl", JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("field").GetString());
        Assert.Equal(0, (await rig.AdminJsonAsync(HttpMethod.Get, "api/admin/cohorts/w3")).GetProperty("subscriptions").GetArrayLength());

        // A Teams host is accepted.
        using var teams = await rig.AdminAsync(HttpMethod.Post, "api/admin/cohorts/w3/subscriptions", new { channelId = "msteams", serviceUrl = "https://smba.trafficmanager.net/teams/", conversation = new { id = "19:a@thread.tacv2" } });
        Assert.Equal(HttpStatusCode.OK, teams.StatusCode);
    }

    [Theory]
    [InlineData("""{"track":"k8s-week3-part3","startDate":"2026-12-07","weekdays":"Mon"}""", "weekdays")]
    [InlineData("""{"track":5,"startDate":"2026-12-07"}""", "track")]
    [InlineData("""{"track":"k8s-week3-part3","startDate":"2026-12-07","paused":"yes"}""", "paused")]
    [InlineData("""{"startDate":"2026-12-07"}""", "track")]
    [InlineData("""[1,2]""", "body")]
    public async Task A_body_of_the_wrong_shape_is_a_problem_naming_the_field(string body, string field)
    {
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-06T00:00:00Z"));
        using var response = await rig.AdminAsync(HttpMethod.Put, "api/admin/cohorts/w3", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(field, JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_problem_saying_so_not_one_naming_the_field_it_broke_in()
    {
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-06T00:00:00Z"));
        string[] bodies =
        [
            """{"track": k8s-week3-part3, "startDate": "2026-12-07"}""",
            """{"track":"k8s-week3-part3","startDate":}""",
            """{"track":"k8s-week3-part3","startDate":"2026-12-07",}""",
            """{"track":"k8s-week3-part3","startDate":"2026-12-07""",
            """{"track":"k8s-week3-part3"} trailing""",
            "",
        ];
        foreach (var body in bodies)
        {
            using var response = await rig.AdminAsync(HttpMethod.Put, "api/admin/cohorts/w3", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
            Assert.Equal(400, problem.GetProperty("status").GetInt32());
            Assert.Equal("body", problem.GetProperty("field").GetString());
            Assert.StartsWith("the body is not valid JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await rig.AdminAsync(HttpMethod.Get, "api/admin/cohorts/w3")).StatusCode);
    }

    private static Task<JsonElement> RunAsync(ReminderRig rig, string cohort, string date, string slot) =>
        rig.AdminJsonAsync(HttpMethod.Post, $"api/admin/reminders/run?cohort={cohort}&date={date}&slot={slot}");
}
