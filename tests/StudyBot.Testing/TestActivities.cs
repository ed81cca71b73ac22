namespace StudyBot.Testing;

/// <summary>Bot Framework activities as channels send them, for tests and benchmarks.</summary>
public static class TestActivities
{
    public static Activity Message(string text, string serviceUrl, string channelId = Channels.WebChat, string userId = "user-1", string conversationId = "conv-1", string? locale = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = "act-" + Guid.NewGuid().ToString("N")[..12],
        Timestamp = DateTimeOffset.UtcNow,
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = userId, Name = "Learner " + userId },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "StudyBot" },
        Conversation = new ConversationAccount { Id = conversationId },
        Text = text,
        Locale = locale,
    };

    /// <summary>Posts the activity and returns the bot's reply to it: the call at <paramref name="connector"/> that answers
    /// the activity's id. <c>/api/messages</c> must answer 200.</summary>
    public static async Task<RecordedRequest> ExchangeAsync(HttpClient client, LoopbackServer connector, Activity activity, string? bearer = null, CancellationToken cancellationToken = default)
    {
        using (var response = await PostAsync(client, activity, bearer, cancellationToken))
        {
            if (response.StatusCode != System.Net.HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"/api/messages answered {(int)response.StatusCode}, not 200");
            }
        }

        var replies = await connector.WaitForAsync(r => r.Method == "POST" && r.RawTarget.EndsWith("/" + Uri.EscapeDataString(activity.Id!), StringComparison.Ordinal), timeout: TimeSpan.FromSeconds(60));
        return replies.Single();
    }

    /// <summary>Posts an activity to <c>/api/messages</c> as JSON (optionally with a bearer token).</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Activity activity, string? bearer = null, CancellationToken cancellationToken = default) =>
        PostAsync(client, JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options), bearer, cancellationToken);

    /// <summary>Posts an activity already serialised (benchmarks serialise before the clock starts).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] activityJson, string? bearer = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new ByteArrayContent(activityJson) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return await client.SendAsync(request, cancellationToken);
    }
}
