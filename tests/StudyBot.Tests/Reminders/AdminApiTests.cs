namespace StudyBot.Tests.Reminders;

public sealed class AdminApiTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-01T00:00:00Z");

    [Fact]
    public async Task Without_a_configured_key_the_admin_API_is_404()
    {
        await using var host = await StudyBotHost.StartAsync(azurite.Settings());
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/admin/cohorts/any");
        request.Headers.Add("X-Admin-Key", "anything");
        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task A_missing_or_wrong_key_is_401(string? key)
    {
        await using var rig = await ReminderRig.StartAsync(azurite, Now);
        using var response = await rig.AdminAsync(HttpMethod.Put, "api/admin/cohorts/x", new { track = "compute", startDate = "2026-12-07" }, key);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Put_stores_the_cohort_with_defaults_and_get_adds_subscriptions_and_next_reminder()
    {
        await using var rig = await ReminderRig.StartAsync(azurite, Now);
        var put = await rig.PutCohortAsync("k8s-2026", new { track = "devops-k8s-5weeks", startDate = "2026-12-07" });
        Assert.Equal("k8s-2026", put.GetProperty("id").GetString());
        Assert.Equal("devops-k8s-5weeks", put.GetProperty("track").GetString());
        Assert.Equal("2026-12-07", put.GetProperty("startDate").GetString());
        Assert.Equal("Asia/Seoul", put.GetProperty("timeZone").GetString());
        Assert.Equal("ko", put.GetProperty("locale").GetString());
        Assert.Equal("09:00", put.GetProperty("morning").GetString());
        Assert.Equal(["Mon", "Tue", "Wed", "Thu", "Fri"], put.GetProperty("weekdays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(0, put.GetProperty("skipDates").GetArrayLength());

        await rig.SubscribeAsync("k8s-2026", "19:chan@thread.tacv2");
        await rig.SubscribeAsync("k8s-2026", "19:chan@thread.tacv2"); // again: updated, not duplicated
        await rig.AdminJsonAsync(HttpMethod.Post, "api/admin/cohorts/k8s-2026/subscriptions", new { slackTeam = "T1", slackChannel = "C1" });

        var get = await rig.AdminJsonAsync(HttpMethod.Get, "api/admin/cohorts/k8s-2026");
        var subs = get.GetProperty("subscriptions").EnumerateArray().ToArray();
        Assert.Equal(2, subs.Length);
        Assert.Contains(subs, s => s.GetProperty("key").GetString() == "msteams|19:chan@thread.tacv2" && s.GetProperty("serviceUrl").GetString() == rig.Connector.Url);
        Assert.Contains(subs, s => s.GetProperty("slackChannel").GetString() == "C1" && s.GetProperty("slackTeam").GetString() == "T1");
        Assert.Equal("2026-12-07T09:00:00+09:00", get.GetProperty("nextReminder").GetString());
    }

    [Fact]
    public async Task Put_answers_with_the_stored_cohort_as_get_shows_it_next_reminder_included()
    {
        await using var rig = await ReminderRig.StartAsync(azurite, Now);
        var put = await rig.PutCohortAsync("same", new { track = "devops-k8s-5weeks", startDate = "2026-12-07" });
        Assert.Equal("2026-12-07T09:00:00+09:00", put.GetProperty("nextReminder").GetString());
        Assert.Equal((await rig.AdminJsonAsync(HttpMethod.Get, "api/admin/cohorts/same")).ToString(), put.ToString());
    }

    [Fact]
    public async Task Put_with_all_fields_round_trips()
    {
        await using var rig = await ReminderRig.StartAsync(azurite, Now);
        var put = await rig.PutCohortAsync("ny", new
        {
            track = "k8s-week3-part3",
            startDate = "2026-12-07",
            timeZone = "America/New_York",
            locale = "en",
            morning = "08:30",
            weekdays = new[] { "Mon", "Wed", "Fri" },
            skipDates = new[] { "2026-12-09" },
        });
        Assert.Equal("America/New_York", put.GetProperty("timeZone").GetString());
        Assert.Equal("08:30", put.GetProperty("morning").GetString());
        Assert.Equal("14:00", put.GetProperty("lab").GetString());
        Assert.Equal(["2026-12-09"], put.GetProperty("skipDates").EnumerateArray().Select(d => d.GetString()));
        var get = await rig.AdminJsonAsync(HttpMethod.Get, "api/admin/cohorts/ny");
        Assert.Equal("2026-12-07T08:30:00-05:00", get.GetProperty("nextReminder").GetString());
    }

    [Theory]
    [InlineData("""{"startDate":"2026-12-07"}""", "track")]
    [InlineData("""{"track":"no-such-track","startDate":"2026-12-07"}""", "track")]
    [InlineData("""{"track":"compute","startDate":"07/12/2026"}""", "startDate")]
    [InlineData("""{"track":"compute","startDate":"2026-12-07","timeZone":"Mars/Olympus"}""", "timeZone")]
    [InlineData("""{"track":"compute","startDate":"2026-12-07","locale":"fr"}""", "locale")]
    [InlineData("""{"track":"compute","startDate":"2026-12-07","morning":"9am"}""", "morning")]
    [InlineData("""{"track":"compute","startDate":"2026-12-07","weekdays":["Funday"]}""", "weekdays")]
    [InlineData("""{"track":"compute","startDate":"2026-12-07","skipDates":["soon"]}""", "skipDates")]
    [InlineData("""{"track":42,"startDate":"2026-12-07"}""", "track")]
    public async Task A_bad_field_is_a_400_problem_naming_it(string body, string field)
    {
        await using var rig = await ReminderRig.StartAsync(azurite, Now);
        using var response = await rig.AdminAsync(HttpMethod.Put, "api/admin/cohorts/bad", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Contains(field, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_400_and_unknown_cohorts_are_404()
    {
        await using var rig = await ReminderRig.StartAsync(azurite, Now);
        using (var malformed = await rig.AdminAsync(HttpMethod.Put, "api/admin/cohorts/x", "{nope"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        }

        using (var get = await rig.AdminAsync(HttpMethod.Get, "api/admin/cohorts/missing"))
        {
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        }

        using (var sub = await rig.AdminAsync(HttpMethod.Post, "api/admin/cohorts/missing/subscriptions", new { slackTeam = "T", slackChannel = "C" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, sub.StatusCode);
        }

        using (var run = await rig.AdminAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=missing&date=2026-12-07&slot=morning"))
        {
            Assert.Equal(HttpStatusCode.NotFound, run.StatusCode);
        }
    }

    [Theory]
    [InlineData("cohort=c&date=2026-13-01&slot=morning", "date")]
    [InlineData("cohort=c&date=2026-12-07&slot=noon", "slot")]
    [InlineData("date=2026-12-07&slot=morning", "cohort")]
    [InlineData("cohort=c&date=2026-12-07&slot=lab&force=maybe", "force")]
    public async Task Run_with_bad_parameters_is_400(string query, string field)
    {
        await using var rig = await ReminderRig.StartAsync(azurite, Now);
        using var response = await rig.AdminAsync(HttpMethod.Post, "api/admin/reminders/run?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("""{"serviceUrl":"https://x/","conversation":{"id":"a"}}""", "channelId")]
    [InlineData("""{"channelId":"msteams","conversation":{"id":"a"}}""", "serviceUrl")]
    [InlineData("""{"channelId":"msteams","serviceUrl":"https://x/"}""", "conversation.id")]
    [InlineData("""{"slackChannel":"C1"}""", "slackTeam")]
    public async Task A_bad_subscription_is_400_naming_the_field(string body, string field)
    {
        await using var rig = await ReminderRig.StartAsync(azurite, Now);
        await rig.PutCohortAsync("c", new { track = "compute", startDate = "2026-12-07" });
        using var response = await rig.AdminAsync(HttpMethod.Post, "api/admin/cohorts/c/subscriptions", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }
}
