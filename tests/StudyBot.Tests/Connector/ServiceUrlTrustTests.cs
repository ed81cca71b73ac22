using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace StudyBot.Tests.Connector;

/// <summary>Threat: a stored conversation reference (an operator's subscription, a forged or stale reference) names
/// any host as its serviceUrl, and the next proactive send hands that host the bot's Entra bearer token.</summary>
public sealed class ServiceUrlTrustTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_subscription_whose_service_url_is_any_host_never_receives_the_bots_entra_token()
    {
        var outbound = new RecordingHandler();
        await using var bot = await BotChat.StartAsync(azurite.Settings(), BotAuth.BotFramework(), configure: b =>
            b.Services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => outbound));
        var authority = bot.Authority!;
        var adapter = bot.Services.GetRequiredService<BotAdapter>();

        foreach (var serviceUrl in new[] { "https://attacker.example.org/", "https://smba.trafficmanager.net.attacker.example.org/", "http://smba.trafficmanager.net/teams/", "https://user@smba.trafficmanager.net/teams/", "https://smba.trafficmanager.net:8443/teams/" })
        {
            var reference = new ConversationReference { ChannelId = Channels.MsTeams, ServiceUrl = serviceUrl, Conversation = new ConversationAccount { Id = "19:cohort@thread.tacv2" }, Bot = new ChannelAccount { Id = "28:bot" } };
            var refused = await Assert.ThrowsAsync<ConnectorException>(() => adapter.SendProactiveAsync(reference, Reply.Text("reminder"), TestContext.Current.CancellationToken));
            Assert.Equal("UntrustedServiceUrl", refused.Code);
        }

        Assert.Empty(outbound.Requests); // nothing left the process: no token, no message
        Assert.Equal(0, authority.TokensIssued);

        // The real Teams endpoint gets the token (answered here by the in-process handler, nothing goes out).
        var teams = new ConversationReference { ChannelId = Channels.MsTeams, ServiceUrl = "https://smba.trafficmanager.net/teams/", Conversation = new ConversationAccount { Id = "19:cohort@thread.tacv2" }, Bot = new ChannelAccount { Id = "28:bot" } };
        await adapter.SendProactiveAsync(teams, Reply.Text("reminder"), TestContext.Current.CancellationToken);
        var sent = Assert.Single(outbound.Requests);
        Assert.Equal("smba.trafficmanager.net", sent.Uri.Host);
        Assert.StartsWith("Bearer test-access-token-", sent.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_host_list_replaces_the_defaults()
    {
        var trust = new ServiceUrlTrust(Options.Create(new ServiceUrlTrustOptions { TrustedServiceUrlHosts = ["channel.contoso.example"] }), new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = Environments.Production });
        Assert.True(trust.IsTrusted("https://eu.channel.contoso.example/"));
        Assert.False(trust.IsTrusted("https://smba.trafficmanager.net/teams/"));
    }

    [Fact]
    public void A_configured_host_matches_whatever_case_either_side_writes()
    {
        var trust = new ServiceUrlTrust(Options.Create(new ServiceUrlTrustOptions { TrustedServiceUrlHosts = [" .Channel.CONTOSO.example "] }), new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = Environments.Production });
        Assert.True(trust.IsTrusted("https://channel.contoso.example/"));
        Assert.True(trust.IsTrusted("https://EU.channel.Contoso.EXAMPLE/"));
        Assert.False(trust.IsTrusted("https://channel.contoso.example.evil.example/"));
    }

    /// <summary>The connector HttpClient's innermost handler: records what would have gone out and answers 200.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<(Uri Uri, string? Authorization)> _requests = new();

        public IReadOnlyCollection<(Uri Uri, string? Authorization)> Requests => _requests;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _requests.Enqueue((request.RequestUri!, request.Headers.Authorization?.ToString()));
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("{\"id\":\"1\"}", System.Text.Encoding.UTF8, "application/json") });
        }
    }
}
