using System.Text.RegularExpressions;
using StudyBot.WebChat;

namespace StudyBot.Tests.WebChat;

/// <summary>The built-in Direct Line 3.0 endpoint over real HTTP, end to end through /api/messages and the bot.</summary>
public sealed class DirectLineContractTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private StudyBotHost _bot = null!;
    private DirectLineClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _bot = await StudyBotHost.StartAsync(azurite.Settings(), _time);
        _client = new DirectLineClient(_bot.Client);
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Start_post_and_poll_by_watermark_delivers_the_echo_and_the_bots_reply()
    {
        using var generated = await _client.GenerateAsync("dl_learner1");
        var token = await DirectLineClient.ReadAsync(generated);
        Assert.Equal(1800, token.GetProperty("expires_in").GetInt32());

        using var started = await _client.StartAsync();
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(_client.ConversationId, (await DirectLineClient.ReadAsync(started)).Str("conversationId"));

        // The conversationUpdate told the bot it and the user joined, and the bot welcomed the user.
        var (welcome, _) = await _client.WaitForAsync(a => a.Str("type") == "message");
        Assert.Equal("studybot", welcome.Str("from", "id"));
        Assert.Contains("StudyBot", welcome.Str("text"), StringComparison.Ordinal);

        var id = await _client.SayAsync("/help");
        Assert.Matches("^" + Regex.Escape(_client.ConversationId) + @"\|\d{4,}$", id);

        var (reply, seen) = await _client.WaitForAsync(a => a.Str("replyToId") == id);
        var echo = Assert.Single(seen, a => a.Str("id") == id);
        Assert.Equal("dl_learner1", echo.Str("from", "id")); // the token's user, whatever the client claimed
        Assert.Equal("directline", echo.Str("channelId"));
        Assert.Equal("/help", echo.Str("text"));
        Assert.Equal("studybot", reply.Str("from", "id"));
        Assert.Equal("dl_learner1", reply.Str("recipient", "id"));
        Assert.Contains("/help", reply.Str("text"), StringComparison.Ordinal);
        Assert.Contains("StudyBot 명령어", reply.Str("text"), StringComparison.Ordinal);

        // Nothing new after the last watermark; the watermark stays.
        var watermark = _client.Watermark;
        Assert.Empty(await _client.PollAsync());
        Assert.Equal(watermark, _client.Watermark);

        // From the start again, everything is there in order, the echo before its reply.
        using var all = await _client.GetActivitiesAsync(null);
        var activities = (await DirectLineClient.ReadAsync(all)).GetProperty("activities").EnumerateArray().Select(a => a.Str("id")).ToList();
        Assert.True(activities.IndexOf(id) < activities.IndexOf(reply.Str("id")));
    }

    [Fact]
    public async Task The_locale_of_the_activity_chooses_the_language_of_the_reply()
    {
        await _client.ConnectAsync(locale: "en-US");
        var (welcome, _) = await _client.WaitForAsync(a => a.Str("type") == "message");
        Assert.Contains("Hi, I'm StudyBot", welcome.Str("text"), StringComparison.Ordinal);

        var id = await _client.SayAsync("/help", locale: "en-US");
        var (reply, _) = await _client.WaitForAsync(a => a.Str("replyToId") == id);
        Assert.Contains("StudyBot commands", reply.Str("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_again_with_the_same_token_is_200_and_the_same_conversation()
    {
        await _client.ConnectAsync();
        using var again = await _client.StartAsync();
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(_client.ConversationId, (await DirectLineClient.ReadAsync(again)).Str("conversationId"));

        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{_client.ConversationId}?watermark=1", null);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Equal(_client.ConversationId, (await DirectLineClient.ReadAsync(reconnect)).Str("conversationId"));
    }

    [Fact]
    public async Task An_unknown_conversation_is_404()
    {
        await _client.ConnectAsync();
        using var poll = await _client.GetActivitiesAsync(null, "nosuchconversation");
        using var post = await _client.PostAsync(new { type = "message", text = "hi" }, "nosuchconversation");
        using var get = await _client.SendAsync(HttpMethod.Get, "v3/directline/conversations/nosuchconversation", null);
        Assert.Equal(HttpStatusCode.NotFound, poll.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task An_activity_over_256_KB_is_413_and_malformed_ones_are_400()
    {
        await _client.ConnectAsync();
        using var big = await _client.PostAsync(new { type = "message", text = new string('x', 260 * 1024) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);

        using var malformed = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{_client.ConversationId}/activities", null);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        using var noType = await _client.PostAsync(new { text = "hi" });
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
        Assert.Equal("application/problem+json", noType.Content.Headers.ContentType?.MediaType);

        using var badWatermark = await _client.GetActivitiesAsync("abc");
        Assert.Equal(HttpStatusCode.BadRequest, badWatermark.StatusCode);
    }

    [Fact]
    public async Task Missing_or_forged_tokens_are_401_and_other_conversations_tokens_403()
    {
        await _client.ConnectAsync();
        var good = _client.Token;

        _client.Token = string.Empty;
        using var none = await _client.GetActivitiesAsync(null);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);

        _client.Token = "not-a-token";
        using var garbage = await _client.GetActivitiesAsync(null);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);

        _client.Token = good[..good.IndexOf('.')] + ".AAAA" + good[(good.IndexOf('.') + 5)..];
        using var forged = await _client.GetActivitiesAsync(null);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);

        var other = new DirectLineClient(_bot.Client);
        await other.ConnectAsync();
        _client.Token = other.Token;
        using var wrongConversation = await _client.PostAsync(new { type = "message", text = "hi" });
        Assert.Equal(HttpStatusCode.Forbidden, wrongConversation.StatusCode);
    }

    [Fact]
    public async Task Tokens_expire_after_30_minutes_unless_refreshed()
    {
        await _client.ConnectAsync();
        var first = _client.Token;

        _time.Advance(TimeSpan.FromMinutes(15));
        using var refresh = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", null);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var refreshed = (await DirectLineClient.ReadAsync(refresh)).Str("token")!;
        Assert.NotEqual(first, refreshed);

        _time.Advance(TimeSpan.FromMinutes(20));
        using var expired = await _client.GetActivitiesAsync(null);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);

        _client.Token = refreshed;
        using var fresh = await _client.GetActivitiesAsync(null);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task A_conversation_idle_for_two_hours_is_forgotten_even_with_a_fresh_token()
    {
        await _client.ConnectAsync();
        for (var i = 0; i < 7; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(20));
            using var refresh = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", null);
            _client.Token = (await DirectLineClient.ReadAsync(refresh)).Str("token")!;
        }

        using var poll = await _client.GetActivitiesAsync(null);
        Assert.Equal(HttpStatusCode.NotFound, poll.StatusCode);
    }

    [Fact]
    public async Task The_bot_side_routes_append_update_and_delete_in_the_transcript()
    {
        await _client.ConnectAsync();
        await _client.WaitForAsync(a => a.Str("type") == "message");
        var path = $"v3/conversations/{_client.ConversationId}/activities";
        var bot = new DirectLineClient(_bot.Client) { Token = _bot.Services.GetRequiredService<LoopbackCredential>().Token }; // the routes are the service's own

        using var sent = await bot.SendAsync(HttpMethod.Post, path, new { type = "message", text = "first", from = new { id = "studybot" } });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var id = (await DirectLineClient.ReadAsync(sent)).Str("id")!;
        var (first, _) = await _client.WaitForAsync(a => a.Str("id") == id);
        Assert.Equal("first", first.Str("text"));

        using var updated = await bot.SendAsync(HttpMethod.Put, $"{path}/{Uri.EscapeDataString(id)}", new { type = "message", text = "edited" });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var (edit, _) = await _client.WaitForAsync(a => a.Str("id") == id);
        Assert.Equal("edited", edit.Str("text"));

        using var deleted = await bot.SendAsync(HttpMethod.Delete, $"{path}/{Uri.EscapeDataString(id)}", null);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        using var all = await _client.GetActivitiesAsync(null);
        Assert.DoesNotContain((await DirectLineClient.ReadAsync(all)).GetProperty("activities").EnumerateArray(), a => a.Str("id") == id);

        using var unknown = await bot.SendAsync(HttpMethod.Post, "v3/conversations/nosuchconversation/activities", new { type = "message", text = "x" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("ConversationNotFound", (await DirectLineClient.ReadAsync(unknown)).GetProperty("error").Str("code"));
    }
}
