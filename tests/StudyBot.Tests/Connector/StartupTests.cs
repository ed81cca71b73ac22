namespace StudyBot.Tests.Connector;

public sealed class StartupTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Production_with_an_empty_app_id_refuses_to_start()
    {
        var settings = azurite.Settings(("Guides:BaseUrl", "https://studybot.example.org/guides/"));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var bot = await StudyBotHost.StartAsync(settings, environment: "Production");
        });

        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_without_a_guides_base_url_refuses_to_start_naming_the_key()
    {
        // Otherwise every guide link in a reply would point at the container's own http://localhost:8080.
        await using var authority = await BotFrameworkTestAuthority.StartAsync();
        var error = await StudyBotHost.StartRefusedAsync(authority.Settings(azurite.Settings()), environment: "Production");

        Assert.Contains("Guides:BaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_links_use_the_configured_public_base_url_in_production()
    {
        await using var bot = await BotChat.StartAsync(azurite.Settings(("Guides:BaseUrl", "https://studybot.example.org/guides")), BotAuth.BotFramework(), environment: "Production");

        // The link every reply renders for a section (Production's loopback connector sends are refused, so no turn here).
        var section = bot.Services.GetRequiredService<IGuideCatalogProvider>().Current.Sections[0];
        var link = bot.Services.GetRequiredService<GuideLinks>().Section(section);
        Assert.StartsWith("https://studybot.example.org/guides/" + Uri.EscapeDataString(section.Guide) + "#", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_loopback_http_metadata_url_is_refused_at_start()
    {
        var settings = azurite.Settings(
            ("ToBotFromChannelOpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration"));

        var error = await StudyBotHost.StartRefusedAsync(settings);

        Assert.Contains("ToBotFromChannelOpenIdMetadataUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Single_tenant_without_a_tenant_id_is_refused_at_start()
    {
        var settings = azurite.Settings(
            ("MicrosoftAppType", "SingleTenant"),
            ("MicrosoftAppId", BotFrameworkTestAuthority.AppId),
            ("MicrosoftAppPassword", "x"));

        var error = await StudyBotHost.StartRefusedAsync(settings);

        Assert.Contains("MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
    }
}
