namespace StudyBot.Tests.Connector;

/// <summary>The <c>connector</c> HttpClient's retries against a scripted loopback connector.</summary>
public sealed class ConnectorResilienceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotChat _chat = null!;

    private IConnectorClient Client => _chat.Services.GetRequiredService<IConnectorClient>();

    public async ValueTask InitializeAsync()
    {
        var settings = azurite.Settings(
            ("Connector:RetryBaseDelay", "00:00:00.050")); // keep backoff short; Retry-After still decides 429 waits
        _chat = await BotChat.StartAsync(settings);
    }

    public async ValueTask DisposeAsync() => await _chat.DisposeAsync();

    [Fact]
    public async Task A_429_with_retry_after_is_retried_after_the_wait_and_the_help_reply_arrives()
    {
        _chat.Connector.Once(r => r.Method == "POST", new ScriptedResponse(429, """{"error":{"code":"Throttled","message":"slow down"}}""", Headers: new Dictionary<string, string> { ["Retry-After"] = "1" }));
        var activity = _chat.Message("/help");
        using var response = await _chat.PostAsync(activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = await _chat.Connector.WaitForAsync(r => r.Method == "POST", count: 2);
        Assert.All(posts, p => Assert.Equal($"/v3/conversations/conv-1/activities/{activity.Id}", p.RawTarget));
        Assert.True(posts[1].ReceivedAt - posts[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), "the retry did not wait for Retry-After");
        Assert.Contains("/help", posts[1].Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(412)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_answers_are_retried_with_backoff_even_for_a_post(int status)
    {
        _chat.Connector.Once(r => r.Method == "POST", new ScriptedResponse(status));
        _chat.Connector.Once(r => r.Method == "POST", new ScriptedResponse(status));

        var sent = await Client.SendToConversationAsync(_chat.Connector.Url, "conv-1", new Activity { Type = ActivityTypes.Message, Text = "hi" }, TestContext.Current.CancellationToken);

        Assert.NotNull(sent.Id);
        Assert.Equal(3, _chat.Connector.Requests.Count);
    }

    [Theory]
    [InlineData(403, true)]
    [InlineData(404, true)]
    [InlineData(400, false)]
    [InlineData(405, false)]
    public async Task Other_4xx_are_not_retried_and_403_404_mean_gone(int status, bool gone)
    {
        _chat.Connector.Once(r => r.Method == "POST", new ScriptedResponse(status, """{"error":{"code":"BotNotInConversationRoster","message":"no"}}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client.SendToConversationAsync(_chat.Connector.Url, "conv-1", new Activity { Type = ActivityTypes.Message, Text = "hi" }, TestContext.Current.CancellationToken));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(gone, error.IsGone);
        Assert.Equal("BotNotInConversationRoster", error.Code);
        Assert.Single(_chat.Connector.Requests);
    }

    [Fact]
    public async Task Retries_give_up_after_the_configured_attempts()
    {
        _chat.Connector.On(r => r.Method == "POST", _ => new ScriptedResponse(502));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client.SendToConversationAsync(_chat.Connector.Url, "conv-1", new Activity { Type = ActivityTypes.Message, Text = "hi" }, TestContext.Current.CancellationToken));

        Assert.Equal(502, error.StatusCode);
        Assert.Equal(4, _chat.Connector.Requests.Count); // first try + 3 retries
    }

    [Fact]
    public async Task A_429_asking_for_longer_than_the_cap_is_not_waited_out_but_reported_to_the_caller()
    {
        _chat.Connector.Once(r => r.Method == "POST", new ScriptedResponse(429, "{}", Headers: new Dictionary<string, string> { ["Retry-After"] = "120" }));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client.SendToConversationAsync(_chat.Connector.Url, "conv-1", new Activity { Type = ActivityTypes.Message, Text = "hi" }, TestContext.Current.CancellationToken));

        Assert.Equal(429, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Single(_chat.Connector.Requests);
    }

    [Fact]
    public void A_post_is_retried_after_a_transport_failure_only_when_the_request_never_left()
    {
        static Polly.Outcome<HttpResponseMessage> Failed(Exception e) => Polly.Outcome.FromException<HttpResponseMessage>(e);
        Exception[] beforeSending = [new HttpRequestException(HttpRequestError.ConnectionError), new HttpRequestException(HttpRequestError.NameResolutionError), new HttpRequestException(HttpRequestError.SecureConnectionError)];
        Exception[] maybeReceived = [new Polly.Timeout.TimeoutRejectedException(), new HttpRequestException(HttpRequestError.ResponseEnded), new HttpRequestException(HttpRequestError.InvalidResponse), new HttpRequestException("reset")];

        Assert.All(beforeSending, e => Assert.True(RetrySafety.ShouldRetry(HttpMethod.Post, Failed(e))));
        Assert.All(maybeReceived, e => Assert.False(RetrySafety.ShouldRetry(HttpMethod.Post, Failed(e)), e.Message));
        Assert.All(beforeSending.Concat(maybeReceived), e => Assert.True(RetrySafety.ShouldRetry(HttpMethod.Get, Failed(e))));
        Assert.All(beforeSending.Concat(maybeReceived), e => Assert.True(RetrySafety.ShouldRetry(HttpMethod.Put, Failed(e))));
    }

    [Fact]
    public void Retry_after_is_read_as_seconds_or_a_date_and_capped()
    {
        var cap = TimeSpan.FromSeconds(10);
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new(TimeSpan.FromSeconds(3)) } };
        using var tooLong = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new(TimeSpan.FromMinutes(5)) } };
        var now = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);
        using var date = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { Date = now, RetryAfter = new(now.AddSeconds(4)) } };
        using var none = new HttpResponseMessage(HttpStatusCode.BadGateway);

        Assert.Equal(TimeSpan.FromSeconds(3), ConnectorResilience.RetryAfter(seconds, cap));
        Assert.Equal(cap, ConnectorResilience.RetryAfter(tooLong, cap));
        Assert.Equal(TimeSpan.FromSeconds(4), ConnectorResilience.RetryAfter(date, cap));
        Assert.Null(ConnectorResilience.RetryAfter(none, cap));
    }
}

/// <summary>The per-attempt timeout against a connector that answers late: a POST may have been acted on, so it goes once;
/// idempotent methods still try again.</summary>
public sealed class ConnectorAttemptTimeoutTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan LateAnswer = TimeSpan.FromSeconds(4); // well past the 1 s attempt timeout below

    private BotChat _chat = null!;

    public async ValueTask InitializeAsync() =>
        _chat = await BotChat.StartAsync(azurite.Settings(("Connector:AttemptTimeout", "00:00:01"), ("Connector:RetryBaseDelay", "00:00:00.050")));

    public async ValueTask DisposeAsync() => await _chat.DisposeAsync();

    [Fact]
    public async Task A_post_whose_answer_outlives_the_attempt_timeout_is_sent_once_and_reported_as_unknown()
    {
        _chat.Connector.Once(r => r.Method == "POST", new ScriptedResponse(200, """{"id":"late"}""", Delay: LateAnswer));
        var client = _chat.Services.GetRequiredService<IConnectorClient>();

        await Assert.ThrowsAsync<DeliveryOutcomeUnknownException>(() =>
            client.SendToConversationAsync(_chat.Connector.Url, "conv-1", new Activity { Type = ActivityTypes.Message, Text = "reminder" }, TestContext.Current.CancellationToken));

        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken); // many backoffs long: a retry would be here by now
        Assert.Single(_chat.Connector.Requests);
    }

    [Fact]
    public async Task A_reply_whose_answer_outlives_the_attempt_timeout_is_neither_posted_again_nor_followed_by_an_apology()
    {
        _chat.Connector.Default = _ => new ScriptedResponse(200, """{"id":"late"}""", Delay: LateAnswer);

        using var response = await _chat.PostAsync(_chat.Message("/help"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        var reply = Assert.Single(_chat.Connector.Requests);
        Assert.Contains("/help", reply.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task An_idempotent_request_is_retried_after_an_attempt_timeout(string method)
    {
        _chat.Connector.Once(r => r.Method == method, new ScriptedResponse(200, "{}", Delay: LateAnswer));
        var http = _chat.Services.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorClient.HttpClientName);
        using var request = new HttpRequestMessage(new HttpMethod(method), _chat.Connector.Url + "v3/conversations/conv-1/activities/a-1")
        {
            Content = method == "PUT" ? JsonContent.Create(new { type = "message", text = "edited" }) : null,
        };

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(_chat.Connector.Requests.Count(r => r.Method == method) >= 2, "the timed-out attempt was not retried");
    }
}
