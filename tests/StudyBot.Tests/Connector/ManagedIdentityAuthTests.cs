using System.Net;
using StudyBot.Connector;
using StudyBot.Conversation;
using StudyBot.Testing;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Connector;

/// <summary>UserAssignedMSI: outbound tokens from the managed identity endpoint. MSAL finds the App Service
/// identity endpoint through IDENTITY_ENDPOINT / IDENTITY_HEADER, so this test points them at a loopback fake (no
/// other test reads them).</summary>
[Collection(ManagedIdentityEnvironment.Name)]
public sealed class ManagedIdentityAuthTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotFrameworkTestAuthority _authority = null!;
    private ManagedIdentityEnvironment _identity = null!;
    private LoopbackServer _connector = null!;
    private StudyBotHost _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _authority = await BotFrameworkTestAuthority.StartAsync();
        _connector = await LoopbackServer.StartAsync();
        _identity = await ManagedIdentityEnvironment.StartAsync("msi-access-token");
        var settings = _authority.Settings(azurite.Settings(), BotFrameworkOptions.UserAssignedMsi);
        settings["MicrosoftAppPassword"] = string.Empty;
        _bot = await StudyBotHost.StartAsync(settings, configure: _authority.TrustTokenEndpoint);
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _identity.DisposeAsync();
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

        var tokenRequest = (await _identity.Server.WaitForAsync(r => r.Path == "/msi/token")).Single();
        var query = System.Web.HttpUtility.ParseQueryString(tokenRequest.Query);
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.Equal(BotFrameworkTestAuthority.AppId, query["client_id"]);
        Assert.Equal("test-identity-header", tokenRequest.Header("X-IDENTITY-HEADER"));
        Assert.Equal(0, _authority.TokensIssued);
    }
}
