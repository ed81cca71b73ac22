using Microsoft.Extensions.DependencyInjection.Extensions;
using StudyBot.Cohorts.Dashboard;

namespace StudyBot.Tests.Cohorts;

public sealed class DashboardTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Charts_show_the_counts_the_source_gives()
    {
        var source = new FixedSource(new CohortDashboard
        {
            Cohort = "k8s-2026-12",
            Track = "devops-k8s-5weeks",
            Items = [new("k8s-operator", "Kubernetes Controller/Operator 개발 가능", 2, 3), new("hpa-<b>", "HPA", 0, 3)],
            Learners = [new("Kim", 2, 2), new("Lee", 0, 2)],
            Position = new RoadmapPosition("Week 3 · Day 2", 12, 25),
            NextReminder = new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.FromHours(9)),
        });
        await using var bot = await StudyBotHost.StartAsync(azurite.Settings(), configure: b => b.Services.Replace(ServiceDescriptor.Singleton<IDashboardSource>(source)));

        using var response = await bot.Client.GetAsync("/dashboard/k8s-2026-12?lang=en", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cohort k8s-2026-12 dashboard", html, StringComparison.Ordinal);
        Assert.Contains("data-label=\"k8s-operator\" data-value=\"2\" data-max=\"3\"", html, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Lee\" data-value=\"0\" data-max=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains("hpa-&lt;b&gt;", html, StringComparison.Ordinal); // escaped, never markup
        Assert.DoesNotContain("hpa-<b>", html, StringComparison.Ordinal);
        Assert.Contains("day 12 of 25", html, StringComparison.Ordinal);
        Assert.Contains("datetime=\"2026-12-08T09:00:00+09:00\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_data_each_part_says_not_available()
    {
        await using var bot = await StudyBotHost.StartAsync(azurite.Settings(), configure: b => b.Services.Replace(ServiceDescriptor.Singleton<IDashboardSource>(new FixedSource(new CohortDashboard { Cohort = "any" }))));
        var html = await bot.Client.GetStringAsync("/dashboard/any?lang=en", Ct);
        Assert.Equal(4, html.Split("Not available yet.").Length - 1);
    }

    [Fact]
    public async Task An_unknown_cohort_is_404()
    {
        await using var bot = await StudyBotHost.StartAsync(azurite.Settings(), configure: b => b.Services.Replace(ServiceDescriptor.Singleton<IDashboardSource>(new FixedSource(null))));
        using var response = await bot.Client.GetAsync("/dashboard/nope?lang=en", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no cohort nope.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_Development_the_dashboard_needs_the_admin_key()
    {
        await using (var noKey = await StudyBotHost.StartAsync(azurite.Settings(), environment: "Staging"))
        {
            using var off = await noKey.Client.GetAsync("/dashboard/c1", Ct);
            Assert.Equal(HttpStatusCode.NotFound, off.StatusCode);
        }

        var settings = azurite.Settings(("Admin:ApiKey", "s3cret-admin"));
        await using var bot = await StudyBotHost.StartAsync(settings, environment: "Staging");
        using var missing = await bot.Client.GetAsync("/dashboard/c1", Ct);
        using var wrong = await bot.Client.GetAsync("/dashboard/c1?key=nope", Ct);
        using var query = await bot.Client.GetAsync("/dashboard/c1?key=s3cret-admin", Ct);
        using var header = new HttpRequestMessage(HttpMethod.Get, "/dashboard/c1");
        header.Headers.Add("X-Admin-Key", "s3cret-admin");
        using var withHeader = await bot.Client.SendAsync(header, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, query.StatusCode); // never the key in a URL: see DashboardThreats
        Assert.NotEqual(HttpStatusCode.Unauthorized, withHeader.StatusCode);
    }

    private sealed class FixedSource(CohortDashboard? dashboard) : IDashboardSource
    {
        public Task<CohortDashboard?> GetAsync(string cohort, string locale, CancellationToken cancellationToken) => Task.FromResult(dashboard);
    }
}
