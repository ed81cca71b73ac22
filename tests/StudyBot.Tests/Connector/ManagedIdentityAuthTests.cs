namespace StudyBot.Tests.Connector;

/// <summary>UserAssignedMSI: outbound tokens from the managed identity endpoint. MSAL finds the App Service
/// identity endpoint through IDENTITY_ENDPOINT / IDENTITY_HEADER, so this test points them at a loopback fake (no
/// other test reads them).</summary>
[Collection(ManagedIdentityEnvironment.Name)]
public sealed class ManagedIdentityAuthTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ManagedIdentityEnvironment _identity = null!;
    private BotChat _chat = null!;

    private BotFrameworkTestAuthority Authority => _chat.Authority!;

    public async ValueTask InitializeAsync()
    {
        _identity = await ManagedIdentityEnvironment.StartAsync("msi-access-token");
        var settings = azurite.Settings(("MicrosoftAppPassword", string.Empty));
        _chat = await BotChat.StartAsync(settings, BotAuth.BotFramework(BotFrameworkOptions.UserAssignedMsi));
    }

    public async ValueTask DisposeAsync()
    {
        await _chat.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task Replies_carry_the_managed_identity_token_for_the_bot_framework_resource()
    {
        var activity = TestActivities.Message("/help", _chat.Connector.Url, channelId: Channels.MsTeams);
        var reply = await _chat.SendAsync(activity);
        Assert.Equal("Bearer msi-access-token", reply.Header("Authorization"));

        var tokenRequest = (await _identity.Server.WaitForAsync(r => r.Path == "/msi/token")).Single();
        var query = System.Web.HttpUtility.ParseQueryString(tokenRequest.Query);
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.Equal(BotFrameworkTestAuthority.AppId, query["client_id"]);
        Assert.Equal("test-identity-header", tokenRequest.Header("X-IDENTITY-HEADER"));
        Assert.Equal(0, Authority.TokensIssued);
    }
}
