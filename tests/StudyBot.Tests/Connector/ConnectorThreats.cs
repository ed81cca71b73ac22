namespace StudyBot.Tests.Connector;

/// <summary>Threats at <c>/api/messages</c> beyond forged tokens (those are in <see cref="BotAuthenticationTests"/>).</summary>
public sealed class ConnectorThreats(AzuriteFixture azurite) : BotChatTests(azurite)
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task Cross_origin_driving_api_messages_takes_only_JSON_so_a_web_page_cannot_post_without_a_preflight(string? contentType)
    {
        var json = JsonSerializer.Serialize(Chat.Message("/help"), BotJson.Options);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await Chat.Client.PostAsync("api/messages", content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);

        // The same activity as JSON is a turn.
        using var json200 = await TestActivities.PostAsync(Chat.Client, Chat.Message("/help"), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, json200.StatusCode);
        await Chat.Connector.WaitForAsync(r => r.Method == "POST");
        Assert.Single(Chat.Connector.Requests, r => r.Method == "POST"); // only the JSON one was answered
    }

    [Theory]
    [InlineData("from", "id")]
    [InlineData("conversation", "id")]
    [InlineData("conversation", "tenantId")]
    [InlineData("recipient", "id")]
    public async Task Oversized_ids_an_id_longer_than_any_channel_sends_or_with_control_characters_is_400(string account, string field)
    {
        foreach (var value in new[] { new string('u', 100_000), "u\u0000/\u202E" })
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(Chat.Message("/done k8s-operator"), BotJson.Options))!;
            json[account]![field] = value;
            using var content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await Chat.Client.PostAsync("api/messages", content, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Empty(Chat.Connector.Requests);
    }
}
