using Microsoft.AspNetCore.Builder;
using StudyBot.Cohorts.Dashboard;

namespace StudyBot.Tests.Cohorts;

/// <summary>The admin key must never travel in a URL (proxy logs, browser history, referrers): the dashboard opens
/// through a short-lived signed link per cohort that becomes a cookie for that cohort's page.</summary>
public sealed class DashboardThreats(AzuriteFixture azurite) : StudyBotHostTests(azurite)
{
    private const string ApiKey = "s3cret-admin-key";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private HttpClient _browser = null!;

    public override async ValueTask DisposeAsync()
    {
        _browser.Dispose();
        await base.DisposeAsync();
    }

    protected override async Task<StudyBotHost> StartAsync()
    {
        var bot = await StudyBotHost.StartAsync(Azurite.Settings(("Admin:ApiKey", ApiKey)), _time, b => b.Services.AddSingleton<IDashboardSource>(new EmptySource()), environment: "Staging");

        // A browser: keeps cookies, does not follow redirects by itself (the test looks at them).
        _browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = bot.BaseAddress };
        return bot;
    }

    private async Task<string> LinkAsync(string cohort)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/admin/cohorts/{cohort}/dashboard-link");
        request.Headers.Add("X-Admin-Key", ApiKey);
        using var response = await Bot.Client.SendAsync(request, Ct);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.StartsWith(Bot.BaseAddress.GetLeftPart(UriPartial.Authority), json.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, json.GetProperty("url").GetString(), StringComparison.Ordinal);
        return json.GetProperty("path").GetString()!;
    }

    [Fact]
    public async Task Admin_key_leak_the_dashboard_never_accepts_the_admin_key_in_its_URL()
    {
        using var response = await _browser.GetAsync($"dashboard/c1?key={ApiKey}", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Admin_key_leak_a_signed_link_opens_one_cohorts_page_through_an_HttpOnly_cookie_and_a_clean_URL()
    {
        var link = await LinkAsync("c1");
        using var opened = await _browser.GetAsync(link, Ct);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/dashboard/c1", opened.Headers.Location?.OriginalString);
        var cookie = Assert.Single(opened.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/dashboard/c1", cookie, StringComparison.OrdinalIgnoreCase);

        // Its lifetime as Max-Age, counted on the browser's clock: this browser's clock is the machine's, not the bot's
        // injected one, and still keeps the cookie (an Expires date from the bot's clock would be past here, and dropped).
        Assert.Contains("max-age=3600", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);

        using var page = await _browser.GetAsync("dashboard/c1", Ct);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode); // past the door: the (empty) source knows no cohort c1
        Assert.Contains("c1", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // The cookie is for c1's page only.
        using var other = await _browser.GetAsync("dashboard/c2", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);

        // And it expires.
        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        using var later = await _browser.GetAsync("dashboard/c1", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, later.StatusCode);
    }

    [Fact]
    public async Task Admin_key_leak_a_link_expires_names_one_cohort_and_cannot_be_forged()
    {
        var link = await LinkAsync("c1");
        using var forOther = await _browser.GetAsync(link.Replace("/dashboard/c1", "/dashboard/c2", StringComparison.Ordinal), Ct);
        using var tampered = await _browser.GetAsync(link[..^3] + (link[^3..] == "AAA" ? "BBB" : "AAA"), Ct);
        using var longer = await _browser.GetAsync(link.Replace("exp=", "exp=9", StringComparison.Ordinal), Ct);
        Assert.All([forOther, tampered, longer], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));

        _time.Advance(TimeSpan.FromMinutes(11));
        using var expired = await _browser.GetAsync(link, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task Admin_key_leak_rotating_the_admin_key_revokes_links()
    {
        var link = await LinkAsync("c1");
        var settings = Azurite.Settings(("Admin:ApiKey", "rotated-key"));
        await using var rotated = await StudyBotHost.StartAsync(settings, _time, b => b.Services.AddSingleton<IDashboardSource>(new EmptySource()), environment: "Staging");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = rotated.BaseAddress };
        using var response = await client.GetAsync(link, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private sealed class EmptySource : IDashboardSource
    {
        public Task<CohortDashboard?> GetAsync(string cohort, string locale, CancellationToken cancellationToken) => Task.FromResult<CohortDashboard?>(null);
    }
}
