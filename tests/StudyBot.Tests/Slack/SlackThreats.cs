using StudyBot.Slack;

namespace StudyBot.Tests.Slack;

/// <summary>Threats over the native Slack endpoints that a valid signature does not stop: payloads of odd shape,
/// callbacks to hosts that are not Slack's, and signed requests replayed within the 5-minute window.</summary>
public sealed class SlackThreats(AzuriteFixture azurite) : IAsyncLifetime
{
    private SlackTestHost _slack = null!;

    public async ValueTask InitializeAsync() =>
        _slack = await SlackTestHost.StartAsync(SlowSettings(), b => b.Services.AddCommand<EchoCommand>().AddCommand<SlowCommand>());

    public async ValueTask DisposeAsync() => await _slack.DisposeAsync();

    private Dictionary<string, string?> SlowSettings()
    {
        var settings = azurite.Settings(("Slack:InlineReplyBudget", "00:00:00.200"));
        return settings;
    }

    private static string Deep(int depth) => new string('[', depth) + new string(']', depth);

    private static readonly string[] MalformedEvents =
    [
        """{"type":"event_callback","team_id":"T333","event_id":"Ev1","event_time":"x","event":{"type":"app_mention","user":"U1","channel":"C1","text":"hi"}}""",
        """{"type":"event_callback","team_id":"T333","event_id":"Ev1","event_time":1,"authed_users":[5],"event":{"type":"app_mention","user":"U1","channel":"C1","text":"hi"}}""",
        """{"type":"event_callback","team_id":"T333","event_id":"Ev1","authorizations":[5],"event":{"type":"app_mention","user":"U1","channel":"C1"}}""",
        """{"type":"event_callback","team_id":"T333","event_id":"Ev1","authorizations":[{"user_id":"U1","is_bot":"yes"}],"event":{"type":"app_mention"}}""",
        """{"type":"event_callback","team_id":"T333","event_id":"Ev1","event_time":99999999999999,"event":{"type":"app_mention","user":"U1","channel":"C1"}}""",
        """{"type":"event_callback","team_id":"T333","event_id":"Ev1","event_time":1e300,"event":{"type":"app_mention","user":"U1","channel":"C1"}}""",
        """{"type":"event_callback","team_id":"T333","event_id":"Ev1","event":{"type":"app_mention","user":{"id":"U1"},"channel":"C1","text":"hi"}}""",
        """{"type":"event_callback","team_id":"T333","event_id":"Ev1","event":{"type":"message","channel_type":"im","user":"U1","channel":"D1","text":["hi"]}}""",
        """{"type":"event_callback","team_id":["T333"],"event_id":"Ev1","event":{"type":"app_mention","user":"U1","channel":"C1"}}""",
        """{"type":"url_verification","challenge":5}""",
        """{"type":5}""",
        """[]""",
        """5""",
        """null""",
        "{\"type\":\"event_callback\",\"team_id\":\"" + new string('T', 10_000) + "\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"channel\":\"C1\"}}",
        "{\"type\":\"event_callback\",\"team_id\":\"T333\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"app_mention\",\"user\":\"U\\u0000\",\"channel\":\"C1\"}}",
        "{\"type\":\"event_callback\",\"team_id\":\"T333\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"channel\":\"C1\",\"blocks\":" + Deep(5_000) + "}}",
    ];

    private static readonly string[] MalformedInteractions =
    [
        """{"type":"block_actions","user":"U1","actions":[]}""",
        """{"type":"block_actions","user":{"id":5},"actions":[]}""",
        """{"type":"block_actions","user":{"id":"U1"},"actions":"x"}""",
        """{"type":"block_actions","user":{"id":"U1"},"actions":[5]}""",
        """{"type":"block_actions","user":{"id":"U1"},"actions":[{"action_id":"studybot:0","value":{"x":1}}]}""",
        """{"type":"block_actions","user":{"id":"U1"},"team":[],"actions":[]}""",
        """{"type":"block_actions","user":{"id":"U1"},"response_url":5,"actions":[]}""",
        """{"type":"block_actions","user":{"id":"U1"},"trigger_id":{"a":1},"actions":[]}""",
        """{"type":["block_actions"]}""",
        """[1,2,3]""",
        "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"message\":" + Deep(5_000) + "}",
    ];

    /// <summary>Each malformed body with the endpoint it is signed for.</summary>
    public static TheoryData<string, string> MalformedPayloads()
    {
        var data = new TheoryData<string, string>();
        foreach (var body in MalformedEvents)
        {
            data.Add("events", body);
        }

        foreach (var payload in MalformedInteractions)
        {
            data.Add("interactions", payload);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MalformedPayloads))]
    public async Task Signed_but_malformed_event_and_interaction_payloads_are_400_never_500(string endpoint, string body)
    {
        var (status, _) = await _slack.SendAsync(endpoint == "events" ? SlackRequests.Event(body) : SlackRequests.Interaction(body));
        Assert.Equal(400, status);

        // And the process answers the next good request as usual.
        var good = JsonSerializer.Serialize(new { type = "url_verification", challenge = "still-up" });
        var (after, json) = await _slack.SendAsync(SlackRequests.Event(good));
        Assert.Equal(200, after);
        Assert.Equal("still-up", json.GetProperty("challenge").GetString());
    }

    [Theory]
    [InlineData("user_id")]
    [InlineData("team_id")]
    [InlineData("channel_id")]
    [InlineData("trigger_id")]
    public async Task Oversized_ids_a_signed_slash_command_with_an_id_no_Slack_id_looks_like_is_400(string field)
    {
        foreach (var value in new[] { new string('U', 10_000), "U\u0000\u001F" })
        {
            var fields = System.Web.HttpUtility.ParseQueryString(SlackRequests.SlashCommand("/done", "k8s-operator", _slack.ResponseUrl));
            fields[field] = value;
            var body = SlackRequests.Form(fields.AllKeys.Select(k => new KeyValuePair<string, string>(k!, fields[k]!)));
            var (status, _) = await _slack.SendAsync(SlackRequests.Command(body));
            Assert.Equal(400, status);
        }
    }

    private string Click(string command, string triggerId, string? responseUrl = null) => JsonSerializer.Serialize(new
    {
        type = "block_actions",
        user = new { id = "U500", username = "kim", team_id = "T333" },
        team = new { id = "T333", domain = "cohort" },
        channel = new { id = "C600", name = "study" },
        trigger_id = triggerId,
        response_url = responseUrl ?? _slack.ResponseUrl,
        actions = new[] { new { type = "button", action_id = BlockKitRenderer.ActionIdPrefix + "0", block_id = "b1", value = command, action_ts = "1700000000.1" } },
    });

    [Fact]
    public async Task Interaction_replay_the_same_signed_click_sent_again_runs_once()
    {
        var marker = "replay-" + Guid.NewGuid().ToString("N")[..8];
        var body = SlackRequests.Form([new("payload", Click("/echo " + marker, "trigger-" + marker))]);
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        for (var i = 0; i < 3; i++)
        {
            var (status, _) = await _slack.SendAsync(SlackRequests.Signed("api/slack/interactions", body, "application/x-www-form-urlencoded", timestamp: ts));
            Assert.Equal(200, status);
        }

        // The click is answered (its first turn may wait for users.info, so answers can finish out of order); then a later,
        // different click is answered, and by then a replay would have been answered too.
        await _slack.Responses.WaitForAsync(r => r.Body.Contains("args=" + marker, StringComparison.Ordinal));
        await _slack.SendAsync(SlackRequests.Interaction(Click("/echo after-" + marker, "trigger-after-" + marker)));
        await _slack.Responses.WaitForAsync(r => r.Body.Contains("after-" + marker, StringComparison.Ordinal));
        Assert.Equal(1, EchoCommand.Runs(marker));
    }

    [Fact]
    public async Task Interaction_replay_to_another_replica_runs_once()
    {
        var settings = azurite.Settings();
        await using var second = await SlackTestHost.StartAsync(new Dictionary<string, string?>(settings), b => b.Services.AddCommand<EchoCommand>());
        await using var first = await SlackTestHost.StartAsync(new Dictionary<string, string?>(settings), b => b.Services.AddCommand<EchoCommand>());
        var marker = "replica-" + Guid.NewGuid().ToString("N")[..8];
        var payload = JsonSerializer.Serialize(new
        {
            type = "block_actions",
            user = new { id = "U500", team_id = "T333" },
            team = new { id = "T333" },
            trigger_id = "trigger-" + marker,
            response_url = first.ResponseUrl,
            actions = new[] { new { action_id = BlockKitRenderer.ActionIdPrefix + "0", value = "/echo " + marker } },
        });

        await first.SendAsync(SlackRequests.Interaction(payload));
        await first.Responses.WaitForAsync(r => r.Body.Contains(marker, StringComparison.Ordinal));
        var (status, _) = await second.SendAsync(SlackRequests.Interaction(payload));
        Assert.Equal(200, status);

        var after = "after-" + marker;
        await second.SendAsync(SlackRequests.Interaction(payload.Replace(marker, after, StringComparison.Ordinal)));
        await first.Responses.WaitForAsync(r => r.Body.Contains(after, StringComparison.Ordinal));
        Assert.Equal(1, EchoCommand.Runs(marker));
    }

    [Fact]
    public async Task Callback_exfiltration_a_click_whose_response_url_is_not_Slacks_is_not_run()
    {
        var marker = "foreign-" + Guid.NewGuid().ToString("N")[..8];
        await _slack.SendAsync(SlackRequests.Interaction(Click("/echo " + marker, "trigger-" + marker, "https://hooks.slack.com.attacker.example/actions/T1/2/x")));
        await _slack.SendAsync(SlackRequests.Interaction(Click("/echo after-" + marker, "trigger-after-" + marker)));
        await _slack.Responses.WaitForAsync(r => r.Body.Contains("after-" + marker, StringComparison.Ordinal));
        Assert.Equal(0, EchoCommand.Runs(marker));
    }

    [Fact]
    public async Task Callback_exfiltration_a_slow_command_with_a_foreign_response_url_is_answered_inline_instead()
    {
        var body = SlackRequests.SlashCommand("/slow", "inline-please", "https://attacker.example/commands/1");
        var (status, json) = await _slack.SendAsync(SlackRequests.Command(body));

        Assert.Equal(200, status);
        Assert.Contains("slow answer for inline-please", BlockKitLimits.AllText(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_exfiltration_a_response_url_that_redirects_is_not_followed()
    {
        await using var elsewhere = await LoopbackServer.StartAsync();
        _slack.Responses.On("/redirecting/", _ => new ScriptedResponse(307, Headers: new Dictionary<string, string> { ["Location"] = elsewhere.Url + "stolen" }));
        var marker = "redirect-" + Guid.NewGuid().ToString("N")[..8];
        await _slack.SendAsync(SlackRequests.Interaction(Click("/echo " + marker, "trigger-" + marker, _slack.Responses.Url + "redirecting/1")));

        await _slack.Responses.WaitForAsync(r => r.Path.StartsWith("/redirecting/", StringComparison.Ordinal));
        await _slack.SendAsync(SlackRequests.Interaction(Click("/echo after-" + marker, "trigger-after-" + marker)));
        await _slack.Responses.WaitForAsync(r => r.Body.Contains("after-" + marker, StringComparison.Ordinal));
        Assert.Single(_slack.Responses.Requests, r => r.Path.StartsWith("/redirecting/", StringComparison.Ordinal));
        Assert.Empty(elsewhere.Requests);
    }
}
