namespace StudyBot.Tests.Slack;

public sealed class SlackEventsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string BotUser = "UBOT1";
    private SlackTestHost _slack = null!;

    public async ValueTask InitializeAsync() => _slack = await SlackTestHost.StartAsync(azurite.Settings());

    public async ValueTask DisposeAsync() => await _slack.DisposeAsync();

    private static string Envelope(object ev, string? eventId = null) => JsonSerializer.Serialize(new
    {
        token = "deprecated",
        team_id = "T333",
        api_app_id = "A0STUDYBOT",
        @event = ev,
        type = "event_callback",
        event_id = eventId ?? "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
        event_time = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        authorizations = new[] { new { enterprise_id = (string?)null, team_id = "T333", user_id = BotUser, is_bot = true, is_enterprise_install = false } },
    });

    private static object Mention(string text, string channel = "C222", string user = "U111", string ts = "1700000001.000200", string? threadTs = null) =>
        new { type = "app_mention", user, text = $"<@{BotUser}> {text}", ts, channel, thread_ts = threadTs, event_ts = ts };

    private static object DirectMessage(string text, string user = "U111", string channel = "D444") =>
        new { type = "message", channel_type = "im", user, text, ts = "1700000002.000300", channel, event_ts = "1700000002.000300" };

    /// <summary>Waits for the answer posted after the ack; generously, as a loaded 2-core box can take over 10 s to work
    /// through the queue (A_retried_event_is_processed_once timed out so at load ~55).</summary>
    private Task<IReadOnlyList<RecordedRequest>> PostedAsync(Func<JsonElement, bool> match, int count = 1) =>
        _slack.Api.WaitForAsync(r => r.Path == "/api/chat.postMessage" && match(r.Json), count, TimeSpan.FromSeconds(60));

    [Fact]
    public async Task Url_verification_echoes_the_challenge()
    {
        var (status, json) = await _slack.SendAsync(SlackRequests.Event("""{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}"""));
        Assert.Equal(200, status);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", json.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task A_mention_in_a_channel_is_answered_in_its_thread_with_the_bot_token()
    {
        var (status, _) = await _slack.SendAsync(SlackRequests.Event(Envelope(Mention("help", channel: "C900"))));
        Assert.Equal(200, status);

        var post = (await PostedAsync(j => j.GetProperty("channel").GetString() == "C900")).Single();
        Assert.Equal("Bearer " + SlackTestHost.BotToken, post.Header("Authorization"));
        Assert.Equal("1700000001.000200", post.Json.GetProperty("thread_ts").GetString());
        Assert.Equal("header", post.Json.GetProperty("blocks")[0].GetProperty("type").GetString());
        BlockKitLimits.AssertValid(post.Json);
    }

    [Fact]
    public async Task A_mention_inside_a_thread_stays_in_that_thread()
    {
        await _slack.SendAsync(SlackRequests.Event(Envelope(Mention("help", channel: "C901", ts: "1700000009.000900", threadTs: "1700000005.000500"))));
        var post = (await PostedAsync(j => j.GetProperty("channel").GetString() == "C901")).Single();
        Assert.Equal("1700000005.000500", post.Json.GetProperty("thread_ts").GetString());
    }

    [Fact]
    public async Task A_direct_message_is_answered_in_the_DM_without_a_thread()
    {
        await _slack.SendAsync(SlackRequests.Event(Envelope(DirectMessage("/help", channel: "D777"))));
        var post = (await PostedAsync(j => j.GetProperty("channel").GetString() == "D777")).Single();
        Assert.False(post.Json.TryGetProperty("thread_ts", out _));
    }

    [Fact]
    public async Task A_retried_event_is_processed_once()
    {
        var body = Envelope(Mention("help", channel: "C902"), eventId: "Ev0RETRY00001");
        await _slack.SendAsync(SlackRequests.Event(body));
        await PostedAsync(j => j.GetProperty("channel").GetString() == "C902");

        for (var retry = 1; retry <= 3; retry++)
        {
            using var request = SlackRequests.Event(body);
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
            var (status, _) = await _slack.SendAsync(request);
            Assert.Equal(200, status);
        }

        // A later, different event is answered; by then any duplicate would have been posted too (one FIFO queue per ack order is not
        // guaranteed with several workers, so wait for the marker and then count).
        await _slack.SendAsync(SlackRequests.Event(Envelope(Mention("help", channel: "C903"))));
        await PostedAsync(j => j.GetProperty("channel").GetString() == "C903");
        Assert.Single(_slack.Api.Requests, r => r.Path == "/api/chat.postMessage" && r.Json.GetProperty("channel").GetString() == "C902");
    }

    [Fact]
    public async Task Two_replicas_answer_an_event_delivered_to_both_once()
    {
        var settings = azurite.Settings();
        await using var first = await SlackTestHost.StartAsync(new Dictionary<string, string?>(settings));
        await using var second = await SlackTestHost.StartAsync(new Dictionary<string, string?>(settings));
        var body = Envelope(Mention("help", channel: "C904"), eventId: "Ev0REPLICA001");

        await first.SendAsync(SlackRequests.Event(body));
        await first.Api.WaitForAsync(r => r.Path == "/api/chat.postMessage");
        await second.SendAsync(SlackRequests.Event(body));
        await second.SendAsync(SlackRequests.Event(Envelope(Mention("help", channel: "C905"))));
        await second.Api.WaitForAsync(r => r.Path == "/api/chat.postMessage" && r.Json.GetProperty("channel").GetString() == "C905");

        Assert.DoesNotContain(second.Api.Requests, r => r.Path == "/api/chat.postMessage" && r.Json.GetProperty("channel").GetString() == "C904");
    }

    [Fact]
    public async Task The_bots_own_messages_and_other_bots_are_ignored()
    {
        var own = new { type = "message", channel_type = "im", user = BotUser, text = "help", ts = "1.1", channel = "D910" };
        var otherBot = new { type = "message", channel_type = "im", user = "U222", bot_id = "B123", text = "help", ts = "1.2", channel = "D911" };
        var botMessage = new { type = "message", subtype = "bot_message", channel_type = "im", text = "help", ts = "1.3", channel = "D912", bot_id = "B9" };
        var edited = new { type = "message", subtype = "message_changed", channel_type = "im", ts = "1.4", channel = "D913" };
        var channelChatter = new { type = "message", channel_type = "channel", user = "U111", text = "help", ts = "1.5", channel = "C914" };
        foreach (var ev in new object[] { own, otherBot, botMessage, edited, channelChatter })
        {
            var (status, _) = await _slack.SendAsync(SlackRequests.Event(Envelope(ev)));
            Assert.Equal(200, status);
        }

        await _slack.SendAsync(SlackRequests.Event(Envelope(DirectMessage("help", channel: "D915"))));
        await PostedAsync(j => j.GetProperty("channel").GetString() == "D915");
        Assert.Single(_slack.Api.Requests, r => r.Path == "/api/chat.postMessage");
    }

    [Fact]
    public async Task Without_authorizations_the_bot_learns_its_id_from_auth_test()
    {
        _slack.Api.On("/api/auth.test", _ => ScriptedResponse.Json(new { ok = true, user_id = "UBOTAUTH", team_id = "T333", bot_id = "B1" }));
        var ev = new { type = "message", channel_type = "im", user = "UBOTAUTH", text = "help", ts = "2.1", channel = "D920" };
        var body = JsonSerializer.Serialize(new { team_id = "T333", type = "event_callback", event_id = "Ev0AUTH000001", event_time = 1_700_000_000, @event = ev });
        await _slack.SendAsync(SlackRequests.Event(body));

        await _slack.Api.WaitForAsync(r => r.Path == "/api/auth.test");
        await _slack.SendAsync(SlackRequests.Event(Envelope(DirectMessage("help", channel: "D921"))));
        await PostedAsync(j => j.GetProperty("channel").GetString() == "D921");
        Assert.DoesNotContain(_slack.Api.Requests, r => r.Path == "/api/chat.postMessage" && r.Json.GetProperty("channel").GetString() == "D920");
    }

    [Fact]
    public async Task An_auth_test_answer_without_user_id_still_answers_the_mention()
    {
        // Slack answering ok without the field is a dependency misbehaving: the mention names the bot, so it is answered.
        _slack.Api.On("/api/auth.test", _ => ScriptedResponse.Json(new { ok = true }));
        var body = JsonSerializer.Serialize(new { team_id = "T333", type = "event_callback", event_id = "Ev0AUTH000002", event_time = 1_700_000_000, @event = Mention("/help", channel: "C930") });
        await _slack.SendAsync(SlackRequests.Event(body));

        await PostedAsync(j => j.GetProperty("channel").GetString() == "C930");
    }

    [Fact]
    public async Task Malformed_json_is_400()
    {
        var (status, _) = await _slack.SendAsync(SlackRequests.Event("{ nope"));
        Assert.Equal(400, status);
    }
}
