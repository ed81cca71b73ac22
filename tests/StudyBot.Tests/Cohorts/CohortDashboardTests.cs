using StudyBot.Tests.WebChat;

namespace StudyBot.Tests.Cohorts;

/// <summary>The dashboard for a cohort seeded the way operators and learners do it: the admin API creates the cohort
/// and subscribes two Web Chat conversations, the learners record items with <c>/done</c> over Direct Line, and the
/// charts show what the progress API says.</summary>
public sealed class CohortDashboardTests(AzuriteFixture azurite) : StudyBotHostTests(azurite)
{
    private const string AdminKey = "dashboard-test-key";

    // Wednesday 10:00 in Seoul: day 3 of a cohort that started on Monday.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 9, 1, 0, 0, TimeSpan.Zero));

    protected override async Task<StudyBotHost> StartAsync()
    {
        var bot = await StudyBotHost.StartAsync(Azurite.Settings(("Admin:ApiKey", AdminKey), ("Reminders:Scheduler", "false")), _time);
        bot.Client.DefaultRequestHeaders.Add("X-Admin-Key", AdminKey);
        return bot;
    }

    [Fact]
    public async Task The_dashboard_shows_the_cohorts_counts_from_the_progress_API()
    {
        using var cohort = await Bot.Client.PutAsJsonAsync("api/admin/cohorts/infra-dec", new { track = "infra-platform", startDate = "2026-12-07", timeZone = "Asia/Seoul" }, Ct);
        Assert.Equal(HttpStatusCode.OK, cohort.StatusCode);

        var kim = await JoinAsync("dl_kim");
        var lee = await JoinAsync("dl_lee");
        await DoneAsync(kim, "/done k8s-operator");
        await DoneAsync(kim, "/done helm-chart");
        await DoneAsync(lee, "/done k8s-operator");

        var api = await Bot.Client.GetFromJsonAsync<JsonElement>("api/cohorts/infra-dec/progress", Ct);
        var html = await Bot.Client.GetStringAsync("dashboard/infra-dec?lang=en", Ct);

        Assert.Equal(2, api.GetProperty("learners").GetInt32());
        foreach (var item in api.GetProperty("items").EnumerateArray())
        {
            Assert.Contains($"data-label=\"{item.GetProperty("id").GetString()}\" data-value=\"{item.GetProperty("done").GetInt32()}\" data-max=\"2\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("data-label=\"k8s-operator\" data-value=\"2\" data-max=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains("data-label=\"helm-chart\" data-value=\"1\" data-max=\"2\"", html, StringComparison.Ordinal);
        var items = api.GetProperty("items").GetArrayLength();
        Assert.Contains($"data-value=\"2\" data-max=\"{items}\"", html, StringComparison.Ordinal); // Kim: 2 items
        Assert.Contains($"data-value=\"1\" data-max=\"{items}\"", html, StringComparison.Ordinal); // Lee: 1 item
        Assert.Contains("Day 3", html, StringComparison.Ordinal);
        Assert.Contains("datetime=\"2026-12-10T09:00:00+09:00\"", html, StringComparison.Ordinal); // tomorrow's morning reminder
        Assert.Contains(">2026-12-10 09:00 KST</time>", html, StringComparison.Ordinal); // read in the cohort's zone, named
    }

    [Fact]
    public async Task A_cohort_nobody_created_is_404()
    {
        using var response = await Bot.Client.GetAsync("dashboard/no-such-cohort", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A learner opens Web Chat; the operator subscribes that conversation to the cohort (as a cohort channel).</summary>
    private async Task<DirectLineClient> JoinAsync(string userId)
    {
        var client = new DirectLineClient(Bot.Client);
        await client.ConnectAsync(userId);
        using var subscribed = await Bot.Client.PostAsJsonAsync("api/admin/cohorts/infra-dec/subscriptions", new
        {
            channelId = "directline",
            serviceUrl = Bot.BaseAddress.ToString(),
            conversation = new { id = client.ConversationId },
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        return client;
    }

    private static async Task DoneAsync(DirectLineClient client, string text)
    {
        var id = await client.SayAsync(text);
        var (reply, _) = await client.WaitForAsync(a => a.Str("replyToId") == id);
        Assert.Contains("✅", reply.Str("text"), StringComparison.Ordinal);
    }
}
