using System.Net;
using StudyBot.Connector;
using StudyBot.Testing;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Connector;

public sealed class MessagesEndpointTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private LoopbackServer _connector = null!;
    private StudyBotHost _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _connector = await LoopbackServer.StartAsync();
        _bot = await StudyBotHost.StartAsync(azurite.Settings());
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Help_is_sent_back_to_the_connector_as_a_reply_to_the_activity()
    {
        var activity = TestActivities.Message("/help", _connector.Url, conversationId: "a:b;c@d");
        using var response = await TestActivities.PostAsync(_bot.Client, activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await _connector.WaitForAsync(r => r.Method == "POST")).Single();
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
        var activity = TestActivities.Message("/help", _connector.Url, locale: "en-US");
        using var response = await TestActivities.PostAsync(_bot.Client, activity, cancellationToken: TestContext.Current.CancellationToken);

        var reply = (await _connector.WaitForAsync(r => r.Method == "POST")).Single();
        Assert.Contains("StudyBot commands", reply.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var content = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json");
        using var response = await _bot.Client.PostAsync("api/messages", content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_over_256_KB_is_413()
    {
        var activity = TestActivities.Message(new string('x', 300 * 1024), _connector.Url);
        using var response = await TestActivities.PostAsync(_bot.Client, activity, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
