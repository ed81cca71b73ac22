using StudyBot.Testing;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Connector;

public sealed class StartupTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Production_with_an_empty_app_id_refuses_to_start()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var bot = await StudyBotHost.StartAsync(azurite.Settings(), environment: "Production");
        });

        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_loopback_http_metadata_url_is_refused_at_start()
    {
        var settings = azurite.Settings();
        settings["ToBotFromChannelOpenIdMetadataUrl"] = "http://login.botframework.com/v1/.well-known/openidconfiguration";

        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var bot = await StudyBotHost.StartAsync(settings);
        });

        Assert.Contains("ToBotFromChannelOpenIdMetadataUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Single_tenant_without_a_tenant_id_is_refused_at_start()
    {
        var settings = azurite.Settings();
        settings["MicrosoftAppType"] = "SingleTenant";
        settings["MicrosoftAppId"] = BotFrameworkTestAuthority.AppId;
        settings["MicrosoftAppPassword"] = "x";

        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var bot = await StudyBotHost.StartAsync(settings);
        });

        Assert.Contains("MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
    }
}
