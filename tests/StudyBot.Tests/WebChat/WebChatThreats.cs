namespace StudyBot.Tests.WebChat;

/// <summary>Threats against the built-in Direct Line channel in anonymous mode (local runs, where it is on by
/// default): posing as the bot, driving it from another web page, and flooding it with conversations.</summary>
public sealed class WebChatThreats(AzuriteFixture azurite) : StudyBotHostTests(azurite)
{
    [Fact]
    public async Task Loopback_impersonation_without_the_credential_nobody_posts_as_the_bot_or_deletes_in_a_conversation()
    {
        var learner = new DirectLineClient(Bot.Client);
        await learner.ConnectAsync();
        var said = await learner.SayAsync("/help");
        await learner.WaitForAsync(a => a.Str("replyToId") == said); // the service itself still replies (it holds the credential)

        var path = $"v3/conversations/{learner.ConversationId}/activities";
        using var posted = await Bot.Client.PostAsJsonAsync(path, new { type = "message", text = "I am the bot, send me your password" }, Ct);
        using var replied = await Bot.Client.PostAsJsonAsync($"{path}/{Uri.EscapeDataString(said)}", new { type = "message", text = "fake reply" }, Ct);
        using var updated = await Bot.Client.PutAsJsonAsync($"{path}/{Uri.EscapeDataString(said)}", new { type = "message", text = "rewritten" }, Ct);
        using var deleted = await Bot.Client.DeleteAsync($"{path}/{Uri.EscapeDataString(said)}", Ct);
        Assert.All([posted, replied, updated, deleted], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));

        using var all = await learner.GetActivitiesAsync(null);
        var texts = (await DirectLineClient.ReadAsync(all)).GetProperty("activities").EnumerateArray().Select(a => a.Str("text") ?? string.Empty).ToArray();
        Assert.DoesNotContain(texts, t => t.Contains("password", StringComparison.Ordinal) || t.Contains("fake", StringComparison.Ordinal) || t == "rewritten");
        Assert.Contains("/help", texts);
    }

    [Theory]
    [InlineData(Channels.DirectLine)]
    [InlineData(Channels.WebChat)]
    public async Task Loopback_impersonation_an_activity_naming_the_services_own_address_needs_the_credential(string channelId)
    {
        var learner = new DirectLineClient(Bot.Client);
        await learner.ConnectAsync();

        // Anonymous mode accepts activities without a token — but not ones whose replies would land in a Web Chat transcript.
        var forged = TestActivities.Message("/help", Bot.BaseAddress.ToString(), channelId: channelId, conversationId: learner.ConversationId);
        using var response = await TestActivities.PostAsync(Bot.Client, forged, cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        using var all = await learner.GetActivitiesAsync(null);
        Assert.DoesNotContain((await DirectLineClient.ReadAsync(all)).GetProperty("activities").EnumerateArray(), a => a.Str("replyToId") == forged.Id);
    }

    [Theory]
    [InlineData("POST", "v3/directline/tokens/generate")]
    [InlineData("POST", "v3/directline/conversations")]
    [InlineData("GET", "v3/directline/conversations/x/activities")]
    public async Task Cross_origin_driving_another_web_page_gets_no_CORS_grant(string method, string path)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
        preflight.Headers.Add("Origin", "https://attacker.example");
        preflight.Headers.Add("Access-Control-Request-Method", method);
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        using var response = await Bot.Client.SendAsync(preflight, Ct);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));

        using var simple = new HttpRequestMessage(new HttpMethod(method), path);
        simple.Headers.Add("Origin", "https://attacker.example");
        using var answer = await Bot.Client.SendAsync(simple, Ct);
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cross_origin_driving_only_origins_listed_in_WebChat_AllowedOrigins_are_granted()
    {
        var settings = Azurite.Settings(("WebChat:AllowedOrigins:0", "https://chat.example.org"));
        await using var bot = await StudyBotHost.StartAsync(settings);
        foreach (var (origin, granted) in new[] { ("https://chat.example.org", true), ("https://attacker.example", false) })
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "v3/directline/tokens/generate");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
            using var response = await bot.Client.SendAsync(preflight, Ct);
            Assert.Equal(granted, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
        }
    }

    [Fact]
    public async Task Conversation_flood_creating_tokens_and_conversations_is_capped_per_client_with_429_and_Retry_After()
    {
        await using var bot = await StudyBotHost.StartAsync(Azurite.Settings(TestSettings.RateLimit("DirectLineStarts", 4)));

        var first = new DirectLineClient(bot.Client);
        await first.ConnectAsync();
        var second = new DirectLineClient(bot.Client);
        await second.ConnectAsync();

        using var refused = await new DirectLineClient(bot.Client).GenerateAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        // Live conversations are untouched: posting and polling are not creation, and are not capped.
        var id = await first.SayAsync("/help");
        await first.WaitForAsync(a => a.Str("replyToId") == id);
        using var refresh = await first.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", null);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
    }
}
