using System.Net;
using StudyBot.Connector;
using StudyBot.Conversation;
using StudyBot.Testing;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Connector;

/// <summary>SingleTenant registrations (the default for new Azure Bots): outbound tokens from the app's own
/// tenant; Entra tokens from that tenant accepted, other tenants refused.</summary>
public sealed class SingleTenantAuthTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotChat _chat = null!;

    private BotFrameworkTestAuthority Authority => _chat.Authority!;

    public async ValueTask InitializeAsync() => _chat = await BotChat.StartAsync(azurite.Settings(), BotAuth.BotFramework(BotFrameworkOptions.SingleTenant));

    public async ValueTask DisposeAsync() => await _chat.DisposeAsync();

    [Fact]
    public async Task Outbound_tokens_come_from_the_apps_tenant()
    {
        var activity = TestActivities.Message("/help", _chat.Connector.Url, channelId: Channels.MsTeams);
        using var response = await _chat.PostAsync(activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _chat.Connector.WaitForAsync(r => r.Method == "POST");
        var tokenRequest = (await Authority.Tokens.WaitForAsync(r => r.Method == "POST")).Single();
        Assert.Equal($"/{BotFrameworkTestAuthority.TenantId}/oauth2/v2.0/token", tokenRequest.Path);
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/" + BotFrameworkTestAuthority.TenantId + "/v2.0", HttpStatusCode.OK)]
    [InlineData("https://sts.windows.net/" + BotFrameworkTestAuthority.TenantId + "/", HttpStatusCode.OK)]
    [InlineData("https://login.microsoftonline.com/00000000-0000-0000-0000-000000000bad/v2.0", HttpStatusCode.Unauthorized)]
    public async Task Entra_tokens_are_accepted_from_the_configured_tenant_only(string issuer, HttpStatusCode expected)
    {
        var activity = TestActivities.Message("/help", _chat.Connector.Url, channelId: Channels.Emulator);
        var token = Authority.CreateEmulatorToken(issuer.StartsWith("https://sts.windows.net/", StringComparison.Ordinal) ? "1.0" : "2.0", issuer: issuer);

        using var response = await _chat.PostAsync(activity, token, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }
}

/// <summary>The contract allows a plain-http token endpoint on loopback (how acceptance tests fake Entra).</summary>
public sealed class HttpLoopbackLoginTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotChat _chat = null!;

    private BotFrameworkTestAuthority Authority => _chat.Authority!;

    public async ValueTask InitializeAsync() => _chat = await BotChat.StartAsync(azurite.Settings(), BotAuth.BotFramework(httpsTokenEndpoint: false));

    public async ValueTask DisposeAsync() => await _chat.DisposeAsync();

    [Fact]
    public async Task An_http_loopback_token_endpoint_issues_the_outbound_token()
    {
        Assert.StartsWith("http://127.0.0.1:", Authority.LoginUrl, StringComparison.Ordinal);
        var activity = TestActivities.Message("/help", _chat.Connector.Url);
        var reply = await _chat.SendAsync(activity);
        Assert.Equal("Bearer test-access-token-1", reply.Header("Authorization"));
        Assert.Equal("/botframework.com/oauth2/v2.0/token", Authority.Tokens.Requests.Single().Path);
    }
}
