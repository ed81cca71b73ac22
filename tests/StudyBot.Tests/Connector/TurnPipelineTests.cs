namespace StudyBot.Tests.Connector;

/// <summary>/api/messages in anonymous mode: input checks, mentions, welcome, invoke, failures inside a turn.</summary>
public sealed class TurnPipelineTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotChat _chat = null!;

    public async ValueTask InitializeAsync() => _chat = await BotChat.StartAsync(azurite.Settings(), configure: b => b.Services.AddSingleton<IBotMiddleware, FailOnBoomMiddleware>());

    public async ValueTask DisposeAsync() => await _chat.DisposeAsync();

    [Theory]
    [InlineData("""{"channelId":"webchat","serviceUrl":"http://127.0.0.1:1/","conversation":{"id":"c"},"from":{"id":"u"}}""", "type")]
    [InlineData("""{"type":"message","serviceUrl":"http://127.0.0.1:1/","conversation":{"id":"c"},"from":{"id":"u"}}""", "channelId")]
    [InlineData("""{"type":"message","channelId":"webchat","serviceUrl":"file:///etc/passwd","conversation":{"id":"c"},"from":{"id":"u"}}""", "serviceUrl")]
    [InlineData("""{"type":"message","channelId":"webchat","serviceUrl":"http://127.0.0.1:1/","from":{"id":"u"}}""", "conversation.id")]
    [InlineData("""{"type":"message","channelId":"webchat","serviceUrl":"http://127.0.0.1:1/","conversation":{"id":"c"}}""", "from.id")]
    [InlineData("[1,2,3]", null)]
    [InlineData("null", "type")]
    public async Task Incomplete_or_malformed_activities_are_a_400_problem(string json, string? field)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _chat.Client.PostAsync("api/messages", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            Assert.Contains($"'{field}'", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_present_but_bad_token_is_refused_even_in_anonymous_mode()
    {
        var activity = TestActivities.Message("/help", _chat.Connector.Url);
        using var response = await _chat.PostAsync(activity, "not-a-jwt", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_chat.Connector.Requests);
    }

    [Fact]
    public async Task A_teams_channel_mention_of_the_bot_is_stripped_before_routing()
    {
        var activity = TestActivities.Message("<at>Study Bot</at> /help", _chat.Connector.Url, channelId: Channels.MsTeams, conversationId: "19:general@thread.tacv2;messageid=1", locale: "en-US");
        activity.Recipient = new ChannelAccount { Id = "28:" + BotFrameworkTestAuthority.AppId, Name = "Study Bot" };
        activity.From = new ChannelAccount { Id = "29:1abc", Name = "Kim", AadObjectId = "aad-kim" };
        activity.Conversation = new ConversationAccount { Id = "19:general@thread.tacv2;messageid=1", IsGroup = true, ConversationType = "channel", TenantId = "tenant-1" };
        activity.Entities = [Entity.Mention(new ChannelAccount { Id = activity.Recipient.Id, Name = "Study Bot" }, "<at>Study Bot</at>")];
        activity.ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = "tenant-1" }, team = new { id = "19:team@thread.tacv2" }, channel = new { id = "19:general@thread.tacv2" } });

        var reply = await _chat.SendAsync(activity);
        Assert.Contains("StudyBot commands", reply.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(activity.Recipient.Id, reply.Json.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("29:1abc", reply.Json.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Null(reply.Header("Authorization")); // anonymous mode sends no token
    }

    [Fact]
    public async Task Help_is_Korean_by_default_and_English_for_an_en_locale()
    {
        var korean = TestActivities.Message("/help", _chat.Connector.Url, conversationId: "ko");
        var english = TestActivities.Message("/help", _chat.Connector.Url, conversationId: "en", locale: "en-GB");
        (await TestActivities.PostAsync(_chat.Client, korean, cancellationToken: TestContext.Current.CancellationToken)).Dispose();
        (await TestActivities.PostAsync(_chat.Client, english, cancellationToken: TestContext.Current.CancellationToken)).Dispose();

        var replies = await _chat.Connector.WaitForAsync(r => r.Method == "POST", count: 2);
        var ko = replies.Single(r => r.Path.StartsWith("/v3/conversations/ko/", StringComparison.Ordinal)).Json;
        var en = replies.Single(r => r.Path.StartsWith("/v3/conversations/en/", StringComparison.Ordinal)).Json;
        Assert.DoesNotContain("StudyBot commands", ko.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("StudyBot commands", en.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("en-GB", en.GetProperty("locale").GetString());
    }

    [Fact]
    public async Task The_bot_joining_a_conversation_sends_a_welcome_into_it()
    {
        var activity = TestActivities.Message("", _chat.Connector.Url, channelId: Channels.MsTeams, conversationId: "a:1on1");
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Text = null;
        activity.MembersAdded = [new ChannelAccount { Id = activity.Recipient!.Id }];

        using var response = await _chat.PostAsync(activity, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = (await _chat.Connector.WaitForAsync(r => r.Method == "POST")).Single(); // a new message, not a reply
        Assert.Equal("/v3/conversations/a%3A1on1/activities", welcome.RawTarget);
        Assert.False(welcome.Json.TryGetProperty("replyToId", out _));
    }

    [Fact]
    public async Task An_unanswered_invoke_is_501_in_the_http_response()
    {
        var activity = TestActivities.Message("", _chat.Connector.Url);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "some/unknownInvoke";

        using var response = await TestActivities.PostAsync(_chat.Client, activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task A_health_check_invoke_is_answered_healthy_as_the_sdk_answers_it()
    {
        var activity = TestActivities.Message("", _chat.Connector.Url);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = StudyBotActivityHandler.HealthCheckInvoke;

        using var response = await TestActivities.PostAsync(_chat.Client, activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.True(body.GetProperty("healthResults").GetProperty("success").GetBoolean());
        Assert.Empty(_chat.Connector.Requests); // answered in the HTTP response, nothing sent to the conversation
    }

    [Fact]
    public async Task Unknown_activity_types_are_accepted_and_ignored()
    {
        var activity = TestActivities.Message("", _chat.Connector.Url);
        activity.Type = "someFutureType";

        using var response = await TestActivities.PostAsync(_chat.Client, activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_chat.Connector.Requests);
    }

    [Fact]
    public async Task An_exception_in_a_turn_sends_a_short_apology_and_the_service_keeps_working()
    {
        var failing = TestActivities.Message(FailOnBoomMiddleware.Trigger, _chat.Connector.Url, conversationId: "boom", locale: "en-US");
        using (var response = await TestActivities.PostAsync(_chat.Client, failing, cancellationToken: TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("InvalidOperationException", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        var apology = (await _chat.Connector.WaitForAsync(r => r.Path.StartsWith("/v3/conversations/boom/", StringComparison.Ordinal))).Single();
        Assert.Contains("Sorry", apology.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(failing.Id, apology.Json.GetProperty("replyToId").GetString());

        var next = TestActivities.Message("/help", _chat.Connector.Url, conversationId: "after");
        using var ok = await TestActivities.PostAsync(_chat.Client, next, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        await _chat.Connector.WaitForAsync(r => r.Path.StartsWith("/v3/conversations/after/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_turn_that_fails_and_whose_apology_fails_still_answers_200()
    {
        _chat.Connector.On(r => r.Method == "POST", _ => new ScriptedResponse(404, """{"error":{"code":"ConversationNotFound","message":"gone"}}"""));
        var activity = TestActivities.Message("/help", _chat.Connector.Url);

        using var response = await TestActivities.PostAsync(_chat.Client, activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Throws inside the turn for one trigger text, as a broken command would.</summary>
    private sealed class FailOnBoomMiddleware : IBotMiddleware
    {
        public const string Trigger = "__fail_this_turn__";

        public Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken) =>
            turn.Activity.Text == Trigger ? throw new InvalidOperationException("boom") : next();
    }
}
