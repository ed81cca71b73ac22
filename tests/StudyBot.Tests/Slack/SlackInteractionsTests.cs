using StudyBot.Slack;

namespace StudyBot.Tests.Slack;

public sealed class SlackInteractionsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private SlackTestHost _slack = null!;

    public async ValueTask InitializeAsync() => _slack = await SlackTestHost.StartAsync(azurite.Settings(), b => b.Services.AddCommand<EchoCommand>());

    public async ValueTask DisposeAsync() => await _slack.DisposeAsync();

    private string Payload(string actionId, string value, string type = "block_actions") => JsonSerializer.Serialize(new
    {
        type,
        user = new { id = "U500", username = "kim", team_id = "T333" },
        api_app_id = "A0STUDYBOT",
        team = new { id = "T333", domain = "cohort" },
        channel = new { id = "C600", name = "study" },
        trigger_id = "123.456.abc",
        response_url = _slack.ResponseUrl,
        actions = new[] { new { type = "button", action_id = actionId, block_id = "b1", value, action_ts = "1700000000.1" } },
    });

    [Fact]
    public async Task A_StudyBot_button_runs_its_command_as_the_clicking_user_and_answers_privately()
    {
        var (status, _) = await _slack.SendAsync(SlackRequests.Interaction(Payload(BlockKitRenderer.ActionIdPrefix + "0", "/echo clicked")));
        Assert.Equal(200, status);

        var answer = (await _slack.Responses.WaitForAsync(r => r.Method == "POST")).Single();
        Assert.Equal("ephemeral", answer.Json.GetProperty("response_type").GetString());
        Assert.False(answer.Json.GetProperty("replace_original").GetBoolean());
        Assert.Equal("learner=slack-native/T333/U500 conv=slack-native/C600/T333 group=True args=clicked mentions=", answer.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Buttons_rendered_by_StudyBot_come_back_as_their_commands()
    {
        // The round trip: a reply's action rendered by BlockKitRenderer, clicked, and run.
        var rendered = BlockKitRenderer.Render(new ReplyBuilder().Text(Inline.Plain("x")).Actions(new ReplyAction("Again", "/echo round-trip")).Build());
        var button = rendered.Blocks[1]!["elements"]![0]!;
        await _slack.SendAsync(SlackRequests.Interaction(Payload((string)button["action_id"]!, (string)button["value"]!)));

        var answer = (await _slack.Responses.WaitForAsync(r => r.Method == "POST")).Single();
        Assert.Contains("args=round-trip", answer.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_interactions_are_acknowledged_and_ignored()
    {
        var (s1, _) = await _slack.SendAsync(SlackRequests.Interaction(Payload("someone-elses-button", "/echo no")));
        var (s2, _) = await _slack.SendAsync(SlackRequests.Interaction(Payload(BlockKitRenderer.ActionIdPrefix + "0", "/echo no", type: "view_submission")));
        Assert.Equal(200, s1);
        Assert.Equal(200, s2);

        await _slack.SendAsync(SlackRequests.Interaction(Payload(BlockKitRenderer.ActionIdPrefix + "1", "/echo marker")));
        await _slack.Responses.WaitForAsync(r => r.Method == "POST");
        Assert.Single(_slack.Responses.Requests);
    }

    [Fact]
    public async Task A_missing_or_malformed_payload_is_400()
    {
        var (s1, _) = await _slack.SendAsync(SlackRequests.Signed("api/slack/interactions", "foo=bar", "application/x-www-form-urlencoded"));
        var (s2, _) = await _slack.SendAsync(SlackRequests.Interaction("{ nope"));
        Assert.Equal(400, s1);
        Assert.Equal(400, s2);
    }
}
