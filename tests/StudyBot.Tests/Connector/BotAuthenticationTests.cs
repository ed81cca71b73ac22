using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using StudyBot.Connector;
using StudyBot.Conversation;
using StudyBot.Testing;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Connector;

/// <summary>Inbound JWT validation and outbound tokens with auth on, against a loopback OpenID authority, a fake
/// Entra token endpoint and a fake connector — all real HTTP.</summary>
public sealed class BotAuthenticationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotChat _chat = null!;

    private BotFrameworkTestAuthority Authority => _chat.Authority!;

    public async ValueTask InitializeAsync() => _chat = await BotChat.StartAsync(azurite.Settings(), BotAuth.BotFramework());

    public async ValueTask DisposeAsync() => await _chat.DisposeAsync();

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_the_reply_carries_the_bots_own_token()
    {
        var activity = TestActivities.Message("/help", _chat.Connector.Url, channelId: Channels.MsTeams, conversationId: "19:abc@thread.tacv2");
        var reply = await _chat.SendAsync(activity);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString("19:abc@thread.tacv2")}/activities/{activity.Id}", reply.RawTarget);
        Assert.Equal(activity.Id, reply.Json.GetProperty("replyToId").GetString());
        Assert.Equal("19:abc@thread.tacv2", reply.Json.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("Bearer test-access-token-1", reply.Header("Authorization"));

        var tokenRequest = (await Authority.Tokens.WaitForAsync(r => r.Method == "POST")).Single();
        Assert.Equal("/botframework.com/oauth2/v2.0/token", tokenRequest.Path);
        Assert.Contains("grant_type=client_credentials", tokenRequest.Body, StringComparison.Ordinal);
        Assert.Contains("scope=" + Uri.EscapeDataString("https://api.botframework.com/.default"), tokenRequest.Body, StringComparison.Ordinal);
        Assert.Contains("client_id=" + BotFrameworkTestAuthority.AppId, tokenRequest.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_outbound_token_is_cached_across_turns()
    {
        for (var i = 0; i < 3; i++)
        {
            var activity = TestActivities.Message("/help", _chat.Connector.Url);
            using var response = await _chat.PostAsync(activity, cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var replies = await _chat.Connector.WaitForAsync(r => r.Method == "POST", count: 3);
        Assert.All(replies, r => Assert.Equal("Bearer test-access-token-1", r.Header("Authorization")));
        Assert.Equal(1, Authority.TokensIssued);
    }

    [Fact]
    public async Task A_connector_401_refreshes_the_token_once_and_retries()
    {
        _chat.Connector.Once(r => r.Method == "POST", new ScriptedResponse(401, """{"error":{"code":"Unauthorized","message":"token expired"}}"""));
        var activity = TestActivities.Message("/help", _chat.Connector.Url);
        using var response = await _chat.PostAsync(activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = await _chat.Connector.WaitForAsync(r => r.Method == "POST", count: 2);
        Assert.Equal(["Bearer test-access-token-1", "Bearer test-access-token-2"], posts.Select(p => p.Header("Authorization")));
        Assert.Equal(2, Authority.TokensIssued);
    }

    public static TheoryData<string> BadTokens => new()
    {
        "missing", "not-bearer", "garbage", "wrong-audience", "wrong-issuer", "expired", "not-endorsed", "serviceurl-mismatch",
        "unsigned", "hs256", "unknown-kid", "emulator-other-app", "emulator-no-version",
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_refused_with_a_bare_401_and_no_reply(string kind)
    {
        var activity = TestActivities.Message("/help", _chat.Connector.Url, channelId: Channels.MsTeams);
        string? header = kind switch
        {
            "missing" => null,
            "not-bearer" => "Basic " + Convert.ToBase64String("user:pass"u8.ToArray()),
            "garbage" => "Bearer not.a.jwt",
            "wrong-audience" => Bearer(Authority.CreateChannelToken(activity.ServiceUrl!, audience: "someone-elses-app")),
            "wrong-issuer" => Bearer(Authority.CreateChannelToken(activity.ServiceUrl!, issuer: "https://evil.example.com")),
            "expired" => Bearer(Authority.CreateChannelToken(activity.ServiceUrl!, expires: DateTimeOffset.UtcNow.AddMinutes(-6))),
            "not-endorsed" => Bearer(Authority.CreateChannelToken(activity.ServiceUrl!, key: Authority.AddChannelKey("webchat-only", [Channels.WebChat]))),
            "serviceurl-mismatch" => Bearer(Authority.CreateChannelToken("https://smba.trafficmanager.net/amer/")),
            "unsigned" => Bearer(BotFrameworkTestAuthority.CreateUnsignedToken(activity.ServiceUrl!)),
            "hs256" => Bearer(Authority.CreateHs256Token(activity.ServiceUrl!)),
            "unknown-kid" => Bearer(Authority.CreateChannelToken(activity.ServiceUrl!, key: Authority.UnpublishedKey)),
            "emulator-other-app" => Bearer(Authority.CreateEmulatorToken(appId: "another-app")),
            "emulator-no-version" => Bearer(Authority.CreateEmulatorToken(version: "3.0")),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        using var response = await PostRawAsync(activity, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("IDX", body, StringComparison.Ordinal); // no IdentityModel internals
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.Empty(_chat.Connector.Requests);
        Assert.Equal(0, Authority.TokensIssued);
    }

    [Fact]
    public async Task A_token_expired_within_the_5_minute_clock_skew_is_still_accepted()
    {
        var activity = TestActivities.Message("/help", _chat.Connector.Url);
        using var response = await _chat.PostAsync(activity, Authority.CreateChannelToken(activity.ServiceUrl!, expires: DateTimeOffset.UtcNow.AddMinutes(-3)), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_serviceurl_claim_is_compared_case_insensitively()
    {
        var activity = TestActivities.Message("/help", _chat.Connector.Url);
        using var response = await _chat.PostAsync(activity, Authority.CreateChannelToken(activity.ServiceUrl!.ToUpperInvariant()), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Rs384_and_rs512_signatures_are_accepted(string algorithm)
    {
        var activity = TestActivities.Message("/help", _chat.Connector.Url);
        using var response = await _chat.PostAsync(activity, Authority.CreateChannelToken(activity.ServiceUrl!, algorithm: algorithm), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task An_emulator_token_issued_to_this_app_is_accepted_without_a_serviceurl_claim(string version)
    {
        var activity = TestActivities.Message("/help", _chat.Connector.Url, channelId: Channels.Emulator);
        using var response = await _chat.PostAsync(activity, Authority.CreateEmulatorToken(version), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await _chat.Connector.WaitForAsync(r => r.Method == "POST")).Single();
        Assert.StartsWith("Bearer test-access-token-", reply.Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rotated_signing_key_is_picked_up_after_an_unknown_kid_triggers_a_refresh()
    {
        var activity = TestActivities.Message("/help", _chat.Connector.Url);
        using (var first = await _chat.PostAsync(activity, cancellationToken: TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var rotated = Authority.AddChannelKey("test-channel-key-2", BotFrameworkTestAuthority.DefaultEndorsements);
        var token = Authority.CreateChannelToken(activity.ServiceUrl!, key: rotated);
        using (var unknown = await _chat.PostAsync(activity, token, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        }

        // The refusal asked for fresh keys (in the background); once they are fetched the new key signs fine.
        await Authority.Metadata.WaitForAsync(r => r.Path == "/v1/.well-known/keys", count: 2);
        var accepted = false;
        for (var attempt = 0; attempt < 50 && !accepted; attempt++)
        {
            using var retry = await _chat.PostAsync(activity, token, TestContext.Current.CancellationToken);
            accepted = retry.StatusCode == HttpStatusCode.OK;
            if (!accepted)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        Assert.True(accepted, "the rotated key was never accepted");
    }

    [Fact]
    public async Task The_token_goes_only_to_trusted_service_urls_and_proactive_sends_are_checked_like_replies()
    {
        // The rule is by host (ServiceUrlTrustTests has the full threat): a stored reference is no proof of its host.
        var client = _chat.Services.GetRequiredService<IConnectorClient>();
        var message = new Activity { Type = ActivityTypes.Message, Text = "hello" };

        var refused = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync("https://attacker.example.org/", "conv-1", message, TestContext.Current.CancellationToken));
        Assert.Equal("UntrustedServiceUrl", refused.Code);
        Assert.Equal(0, Authority.TokensIssued);

        // Development: the loopback fake connector stands in for a channel and gets the token.

        var reference = new ConversationReference
        {
            ChannelId = Channels.MsTeams,
            ServiceUrl = _chat.Connector.Url,
            Conversation = new ConversationAccount { Id = "19:cohort@thread.tacv2" },
            Bot = new ChannelAccount { Id = "28:" + BotFrameworkTestAuthority.AppId },
        };
        await _chat.Services.GetRequiredService<BotAdapter>().SendProactiveAsync(reference, StudyBot.Conversation.Reply.Text("reminder"), TestContext.Current.CancellationToken);

        var sent = (await _chat.Connector.WaitForAsync(r => r.Method == "POST")).Single();
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString("19:cohort@thread.tacv2")}/activities", sent.RawTarget);
        Assert.Equal("Bearer test-access-token-1", sent.Header("Authorization"));
    }

    private static string Bearer(string token) => "Bearer " + token;

    private async Task<HttpResponseMessage> PostRawAsync(Activity activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(activity, options: BotJson.Options),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await _chat.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
