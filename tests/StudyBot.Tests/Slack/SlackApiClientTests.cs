using StudyBot.Slack;

namespace StudyBot.Tests.Slack;

public sealed class SlackApiClientTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private SlackTestHost _slack = null!;

    public async ValueTask InitializeAsync() => _slack = await SlackTestHost.StartAsync(azurite.Settings());

    public async ValueTask DisposeAsync() => await _slack.DisposeAsync();

    private static readonly SlackWorkspace Team = new("T333");

    private ISlackMessenger Messenger => _slack.Bot.Services.GetRequiredService<ISlackMessenger>();

    private static Reply Hello => new ReplyBuilder().Heading(Inline.Plain("Day 1")).Text(Inline.Of(Inline.Bold("Labs"), new Span(" & more <soon>"))).Build();

    [Fact]
    public async Task PostAsync_sends_Block_Kit_with_a_fallback_and_returns_the_ts()
    {
        var ts = await Messenger.PostAsync(Team, "C123", Hello, "1700000000.000001", TestContext.Current.CancellationToken);

        Assert.Equal("1700000000.000100", ts);
        var call = Assert.Single(_slack.Api.Requests);
        Assert.Equal("/api/chat.postMessage", call.Path);
        Assert.Equal("Bearer " + SlackTestHost.BotToken, call.Header("Authorization"));
        Assert.StartsWith("application/json", call.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("C123", call.Json.GetProperty("channel").GetString());
        Assert.Equal("1700000000.000001", call.Json.GetProperty("thread_ts").GetString());
        Assert.Equal("Day 1", call.Json.GetProperty("text").GetString());
        Assert.Equal("*Labs* &amp; more &lt;soon&gt;", call.Json.GetProperty("blocks")[1].GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_429_is_retried_after_Retry_After()
    {
        _slack.Api.Once(r => r.Path == "/api/chat.postMessage", new ScriptedResponse(429, """{"ok":false,"error":"ratelimited"}""", Headers: new Dictionary<string, string> { ["Retry-After"] = "1" }));

        var ts = await Messenger.PostAsync(Team, "C123", Hello, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotNull(ts);
        var calls = _slack.Api.Requests.ToArray();
        Assert.Equal(2, calls.Length);
        Assert.True(calls[1].ReceivedAt - calls[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), "the retry must wait for Retry-After");
    }

    [Fact]
    public async Task A_post_whose_answer_comes_after_the_attempt_timeout_is_not_posted_again()
    {
        // Slack posted it and answered late (10 s per attempt): a retry would show the learner the message twice.
        _slack.Api.Once(r => r.Path == "/api/chat.postMessage", new ScriptedResponse(200, """{"ok":true,"ts":"1700000000.000100"}""", Delay: TimeSpan.FromSeconds(12)));

        await Assert.ThrowsAnyAsync<Exception>(() => Messenger.PostAsync(Team, "C123", Hello, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Single(_slack.Api.Requests);
    }

    [Theory]
    [InlineData("invalid_auth", false, true)]
    [InlineData("not_authed", false, true)]
    [InlineData("channel_not_found", true, false)]
    [InlineData("not_in_channel", true, false)]
    public async Task Refusals_are_typed_and_never_retried(string error, bool gone, bool auth)
    {
        _slack.Api.On("/api/chat.postMessage", _ => ScriptedResponse.Json(new { ok = false, error }));

        var e = await Assert.ThrowsAsync<SlackApiException>(() => Messenger.PostAsync(Team, "C404", Hello, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(error, e.Error);
        Assert.Equal(gone, e.IsGone);
        Assert.Equal(auth, e.IsAuthError);
        Assert.Single(_slack.Api.Requests);
    }

    [Fact]
    public async Task PostEphemeral_and_auth_test_use_their_methods()
    {
        _slack.Api.On("/api/auth.test", _ => ScriptedResponse.Json(new { ok = true, user_id = "UBOT9", bot_id = "B9" }));
        var api = _slack.Bot.Services.GetRequiredService<SlackApiClient>();

        await api.PostEphemeralAsync(Team, "C1", "U1", Hello, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("UBOT9", await api.GetBotUserIdAsync(Team, TestContext.Current.CancellationToken));
        Assert.Equal("UBOT9", await api.GetBotUserIdAsync(Team, TestContext.Current.CancellationToken));

        Assert.Equal(["/api/chat.postEphemeral", "/api/auth.test"], _slack.Api.Requests.Select(r => r.Path));
        Assert.Equal("U1", _slack.Api.Requests.First().Json.GetProperty("user").GetString());
    }
}
