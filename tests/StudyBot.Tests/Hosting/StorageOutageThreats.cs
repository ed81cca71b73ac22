using StudyBot.Tests.Reminders;

namespace StudyBot.Tests.Hosting;

/// <summary>Table storage goes away under the HTTP routes: every route that needs it answers 503 problem+json with
/// Retry-After (never 500, never a stack trace), readiness says so, and both recover when storage returns — without a
/// restart.</summary>
public sealed class StorageOutageThreats() : ReminderOutageTests("2026-12-06T00:00:00Z")
{
    /// <summary>Every operator and page route that reads or writes tables.</summary>
    private static readonly (HttpMethod Method, string Path, object? Body)[] StorageRoutes =
    [
        (HttpMethod.Get, "api/admin/cohorts/c1", null),
        (HttpMethod.Put, "api/admin/cohorts/c1", ReminderRig.Week3),
        (HttpMethod.Post, "api/admin/cohorts/c1/subscriptions", new { channelId = "msteams", serviceUrl = "https://smba.trafficmanager.net/teams/", conversation = new { id = "19:x@thread.tacv2" } }),
        (HttpMethod.Get, "api/cohorts/c1/progress", null),
        (HttpMethod.Get, "api/cohorts/c1/progress?format=csv", null),
        (HttpMethod.Get, "dashboard/c1", null),
        (HttpMethod.Get, "api/admin/learners/webchat~~user-1/export", null),
        (HttpMethod.Get, "api/admin/feedback", null),
        (HttpMethod.Post, "api/admin/reminders/run?cohort=c1&date=2026-12-07", null),
    ];

    [Fact]
    public async Task Storage_outage_routes_answer_503_with_retry_after_never_500_and_readiness_tells_the_truth()
    {
        await Rig.PutCohortAsync("c1", ReminderRig.Week3);
        await OutageStorage.ReadinessAsync(Rig.Host.Client, HttpStatusCode.OK);

        await Storage.GoAwayAsync();
        var ready = await OutageStorage.ReadinessAsync(Rig.Host.Client, HttpStatusCode.ServiceUnavailable);
        Assert.StartsWith("Unhealthy: ", ready, StringComparison.Ordinal);
        Assert.Contains("tables: table storage unreachable", ready, StringComparison.Ordinal);
        using (var live = await Rig.Host.Client.GetAsync("healthz", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode); // alive: no restart wanted
        }

        foreach (var (method, path, body) in StorageRoutes)
        {
            using var response = await Rig.AdminAsync(method, path, body);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{method} {path}: {(int)response.StatusCode} {text}");
            Assert.NotNull(response.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Storage unavailable", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        }

        await Storage.ComeBackAsync();
        await OutageStorage.ReadinessAsync(Rig.Host.Client, HttpStatusCode.OK);
        foreach (var (method, path, body) in StorageRoutes)
        {
            using var response = await Rig.AdminAsync(method, path, body);
            Assert.True((int)response.StatusCode < 500, $"{method} {path} after recovery: {(int)response.StatusCode}");
        }

        Assert.Equal("k8s-week3-part3", (await Rig.AdminJsonAsync(HttpMethod.Get, "api/admin/cohorts/c1")).GetProperty("track").GetString());
    }
}
