namespace StudyBot.Tests.Guides;

/// <summary>Threats against <c>/api/ask</c>, which anyone can call without a credential.</summary>
public sealed class AskApiThreats(AzuriteFixture azurite)
{
    [Fact]
    public async Task Ask_flood_one_client_is_capped_with_429_and_Retry_After()
    {
        await using var bot = await StudyBotHost.StartAsync(azurite.Settings(TestSettings.RateLimit("Ask", 3)));

        for (var i = 0; i < 3; i++)
        {
            using var ok = await bot.Client.GetAsync("api/ask?q=HPA", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await bot.Client.GetAsync("api/ask?q=HPA", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After in seconds");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        // Other routes are not capped by it.
        using var health = await bot.Client.GetAsync("healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
