namespace StudyBot.Tests.Connector;

public sealed class MessagesEndpointTests(AzuriteFixture azurite) : BotChatTests(azurite)
{
    [Fact]
    public async Task Help_is_sent_back_to_the_connector_as_a_reply_to_the_activity()
    {
        var activity = Chat.Message("/help", conversationId: "a:b;c@d");
        var reply = await Chat.SendAsync(activity);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString("a:b;c@d")}/activities/{activity.Id}", reply.RawTarget);
        var json = reply.Json;
        Assert.Equal(activity.Id, json.GetProperty("replyToId").GetString());
        Assert.Equal("bot-1", json.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("user-1", json.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Contains("/help", json.GetProperty("text").GetString() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_is_English_when_the_locale_is_English()
    {
        var reply = await Chat.SendAsync(Chat.Message("/help", locale: "en-US"));
        Assert.Contains("StudyBot commands", reply.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var content = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json");
        using var response = await Chat.Client.PostAsync("api/messages", content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_over_256_KB_is_413()
    {
        var activity = Chat.Message(new string('x', 300 * 1024));
        using var response = await Chat.PostAsync(activity, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
