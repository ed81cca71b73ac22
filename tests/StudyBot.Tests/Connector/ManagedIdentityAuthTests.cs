using System.Net;
using StudyBot.Connector;
using StudyBot.Testing;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Connector;

/// <summary>UserAssignedMSI: outbound tokens from the managed identity endpoint. MSAL finds the App Service
/// identity endpoint through IDENTITY_ENDPOINT / IDENTITY_HEADER, so this test points them at a loopback fake (no
/// other test reads them).</summary>
public sealed class ManagedIdentityAuthTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotFrameworkTestAuthority _authority = null!;
    private LoopbackServer _identityEndpoint = null!;
    private LoopbackServer _connector = null!;
    private StudyBotHost _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _authority = await BotFrameworkTestAuthority.StartAsync();
        _connector = await LoopbackServer.StartAsync();
        _identityEndpoint = await LoopbackServer.StartAsync();
        _identityEndpoint.On("/msi/token", _ => ScriptedResponse.Json(new
        {
            access_token = "msi-access-token",
            expires_on = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            resource = "https://api.botframework.com",
            token_type = "Bearer",
            client_id = BotFrameworkTestAuthority.AppId,
        }));
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", _identityEndpoint.Url + "msi/token");
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", "test-identity-header");

        var settings = _authority.Settings(azurite.Settings(), BotFrameworkOptions.UserAssignedMsi);
        settings["MicrosoftAppPassword"] = string.Empty;
        _bot = await StudyBotHost.StartAsync(settings, configure: _authority.TrustTokenEndpoint);
    }

    public async ValueTask DisposeAsync()
    {
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        await _bot.DisposeAsync();
        await _identityEndpoint.DisposeAsync();
        await _connector.DisposeAsync();
        await _authority.DisposeAsync();
    }

    [Fact]
    public async Task Replies_carry_the_managed_identity_token_for_the_bot_framework_resource()
    {
        var activity = TestActivities.Message("/help", _connector.Url, channelId: Channels.MsTeams);
        using var response = await TestActivities.PostAsync(_bot.Client, activity, _authority.CreateChannelToken(activity), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await _connector.WaitForAsync(r => r.Method == "POST")).Single();
        Assert.Equal("Bearer msi-access-token", reply.Header("Authorization"));

        var tokenRequest = (await _identityEndpoint.WaitForAsync(r => r.Path == "/msi/token")).Single();
        var query = System.Web.HttpUtility.ParseQueryString(tokenRequest.Query);
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.Equal(BotFrameworkTestAuthority.AppId, query["client_id"]);
        Assert.Equal("test-identity-header", tokenRequest.Header("X-IDENTITY-HEADER"));
        Assert.Equal(0, _authority.TokensIssued);
    }
}
