namespace StudyBot.Tests.WebChat;

/// <summary>With a MicrosoftAppId, Web Chat still works, and only the service itself can use the loopback channel.</summary>
public sealed class LoopbackTrustTests(AzuriteFixture azurite) : StudyBotHostTests(azurite)
{
    protected override Task<StudyBotHost> StartAsync() => StudyBotHost.StartAsync(Azurite.Settings(
        ("MicrosoftAppId", "5e1b6c1e-0000-4000-8000-00000000b07a"),
        ("MicrosoftAppPassword", "not-used-on-the-loopback-channel")));

    [Fact]
    public async Task Web_Chat_works_when_the_service_has_an_app_id()
    {
        var client = new DirectLineClient(Bot.Client);
        await client.ConnectAsync();
        var id = await client.SayAsync("/help");
        var (reply, _) = await client.WaitForAsync(a => a.Str("replyToId") == id);
        Assert.Contains("/help", reply.Str("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Others_cannot_post_to_the_loopback_connector_or_pose_as_the_Direct_Line_bridge()
    {
        var client = new DirectLineClient(Bot.Client);
        await client.ConnectAsync();
        var path = $"v3/conversations/{client.ConversationId}/activities";

        using var anonymous = await Bot.Client.PostAsJsonAsync(path, new { type = "message", text = "fake" }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        client.Token = "guessed";
        using var guessed = await client.SendAsync(HttpMethod.Post, path, new { type = "message", text = "fake" });
        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);

        // A Direct Line token is not the loopback secret either.
        var user = new DirectLineClient(Bot.Client);
        await user.ConnectAsync();
        using var withUserToken = await user.SendAsync(HttpMethod.Post, $"v3/conversations/{user.ConversationId}/activities", new { type = "message", text = "fake" });
        Assert.Equal(HttpStatusCode.Unauthorized, withUserToken.StatusCode);

        var activity = TestActivities.Message("/help", Bot.BaseAddress.ToString(), channelId: Channels.DirectLine, conversationId: client.ConversationId);
        using var posed = await TestActivities.PostAsync(Bot.Client, activity, bearer: user.Token, cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, posed.StatusCode);
    }
}
