using StudyBot.Tests.Deploy;

namespace StudyBot.Tests.Hosting;

/// <summary>Behind the ingress every connection comes from the proxy: the service takes the client's address and scheme
/// from <c>X-Forwarded-For</c>/<c>-Proto</c>, but only when a configured proxy sent them.</summary>
public sealed class ProxyHeadersThreats(AzuriteFixture azurite)
{
    private static readonly (string Key, string? Value)[] OneQuestionAnHour = [.. TestSettings.RateLimit("Ask", 1), ("Admin:ApiKey", OperatorRequests.TestKey)];

    [Fact]
    public async Task Behind_a_known_proxy_each_learner_has_its_own_rate_limit_and_links_keep_the_https_scheme()
    {
        await using var bot = await StartAsync(new() { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });

        Assert.Equal(HttpStatusCode.OK, await AskAsync(bot, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await AskAsync(bot, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await AskAsync(bot, "203.0.113.2")); // another learner, not the proxy's one bucket
        Assert.StartsWith("https://", await DashboardLinkAsync(bot), StringComparison.Ordinal); // TLS ended at the ingress
    }

    [Theory]
    [InlineData("the chart's cluster networks")] // the test connects from 127.0.0.1, which is not one of them
    [InlineData("no proxy configured")]
    public async Task Forwarded_headers_from_a_caller_that_is_not_a_known_proxy_are_ignored_so_it_cannot_dodge_its_rate_limit(string proxies)
    {
        await using var bot = await StartAsync(proxies == "no proxy configured" ? [] : HelmChartTests.ForwardedHeaderSettings());

        Assert.Equal(HttpStatusCode.OK, await AskAsync(bot, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await AskAsync(bot, "203.0.113.2"));
        Assert.StartsWith("http://", await DashboardLinkAsync(bot), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proxy_setting_that_is_not_an_address_stops_the_start_naming_the_key()
    {
        var error = await StudyBotHost.StartRefusedAsync(Settings(new() { ["ForwardedHeaders:KnownNetworks:0"] = "ingress-nginx" }));
        Assert.Contains("ForwardedHeaders:KnownNetworks", error.Message, StringComparison.Ordinal);
    }

    private Task<StudyBotHost> StartAsync(Dictionary<string, string?> proxies) => StudyBotHost.StartAsync(Settings(proxies));

    private Dictionary<string, string?> Settings(Dictionary<string, string?> proxies) =>
        azurite.Settings(OneQuestionAnHour).With(proxies.Select(kv => (kv.Key, kv.Value)));

    private static async Task<HttpStatusCode> AskAsync(StudyBotHost bot, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/ask?q=HPA");
        request.Headers.Add("X-Forwarded-For", client);
        using var response = await bot.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private static async Task<string> DashboardLinkAsync(StudyBotHost bot)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/admin/cohorts/c1/dashboard-link");
        request.Headers.Add(AdminKey.Header, OperatorRequests.TestKey);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        using var response = await bot.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("url").GetString()!;
    }
}
