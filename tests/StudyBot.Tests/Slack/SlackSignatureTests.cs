namespace StudyBot.Tests.Slack;

public sealed class SlackSignatureTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private SlackTestHost _slack = null!;

    public async ValueTask InitializeAsync() => _slack = await SlackTestHost.StartAsync(azurite.Settings());

    public async ValueTask DisposeAsync() => await _slack.DisposeAsync();

    private string HelpBody() => SlackRequests.SlashCommand("/help", string.Empty, _slack.ResponseUrl);

    [Fact]
    public async Task A_correctly_signed_command_is_answered()
    {
        var (status, json) = await _slack.SendAsync(SlackRequests.Command(HelpBody()));
        Assert.Equal(200, status);
        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
    }

    [Fact]
    public async Task A_signature_made_with_another_secret_is_401()
    {
        var (status, _) = await _slack.SendAsync(SlackRequests.Command(HelpBody(), secret: "not-the-secret"));
        Assert.Equal(401, status);
    }

    [Fact]
    public async Task A_timestamp_older_than_five_minutes_is_401_even_when_correctly_signed()
    {
        var stale = DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds();
        var (status, _) = await _slack.SendAsync(SlackRequests.Command(HelpBody(), timestamp: stale));
        Assert.Equal(401, status);
    }

    [Fact]
    public async Task A_timestamp_from_the_future_beyond_five_minutes_is_401()
    {
        var future = DateTimeOffset.UtcNow.AddMinutes(6).ToUnixTimeSeconds();
        var (status, _) = await _slack.SendAsync(SlackRequests.Command(HelpBody(), timestamp: future));
        Assert.Equal(401, status);
    }

    [Fact]
    public async Task Missing_signature_headers_are_401_on_every_route()
    {
        foreach (var path in new[] { "api/slack/commands", "api/slack/events", "api/slack/interactions" })
        {
            using var content = new StringContent(HelpBody(), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
            using var response = await _slack.Client.PostAsync(path, content, TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_replayed_body_with_a_fresh_timestamp_is_401()
    {
        var body = HelpBody();
        var then = DateTimeOffset.UtcNow.AddSeconds(-30).ToUnixTimeSeconds();
        var captured = SlackRequests.Sign(SlackRequests.TestSecret, then, body);

        // An attacker resends the captured signature with a current timestamp to get past the window.
        using var replay = SlackRequests.Signed("api/slack/commands", body, "application/x-www-form-urlencoded", signatureOverride: captured);
        var (status, _) = await _slack.SendAsync(replay);
        Assert.Equal(401, status);
    }

    [Fact]
    public async Task A_tampered_body_is_401()
    {
        var body = HelpBody();
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = SlackRequests.Sign(SlackRequests.TestSecret, ts, body);
        var (status, _) = await _slack.SendAsync(SlackRequests.Signed("api/slack/commands", body.Replace("help", "hxlp", StringComparison.Ordinal), "application/x-www-form-urlencoded", timestamp: ts, signatureOverride: signature));
        Assert.Equal(401, status);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var body = SlackRequests.SlashCommand("/help", new string('x', 300 * 1024), _slack.ResponseUrl);
        var (status, _) = await _slack.SendAsync(SlackRequests.Command(body));
        Assert.Equal(413, status);
    }

    [Fact]
    public async Task The_routes_are_404_when_no_signing_secret_is_configured()
    {
        await using var bot = await StudyBotHost.StartAsync(azurite.Settings());
        foreach (var path in new[] { "api/slack/commands", "api/slack/events", "api/slack/interactions" })
        {
            using var request = SlackRequests.Signed(path, HelpBody(), "application/x-www-form-urlencoded");
            using var response = await bot.Client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
