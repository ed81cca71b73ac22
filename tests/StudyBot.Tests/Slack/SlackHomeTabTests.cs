namespace StudyBot.Tests.Slack;

/// <summary>The Home tab (<c>app_home_opened</c> → <c>views.publish</c>) and its "ask a question" modal (<c>views.open</c>),
/// whose submission is answered in the learner's DM, over real HTTP against the fake Slack API.</summary>
public sealed class SlackHomeTabTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private SlackTestHost _slack = null!;

    public async ValueTask InitializeAsync() => _slack = await SlackTestHost.StartAsync(azurite.Settings());

    public async ValueTask DisposeAsync() => await _slack.DisposeAsync();

    private static string Envelope(object ev) => JsonSerializer.Serialize(new
    {
        team_id = "T333",
        api_app_id = "A0STUDYBOT",
        @event = ev,
        type = "event_callback",
        event_id = "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
        event_time = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
    });

    private async Task<JsonElement> OpenHomeAsync(string user)
    {
        var (status, _) = await _slack.SendAsync(SlackRequests.Event(Envelope(new { type = "app_home_opened", user, channel = "D0HOME", tab = "home", event_ts = "1700000003.000100" })));
        Assert.Equal(200, status);
        var publish = (await _slack.Api.WaitForAsync(r => r.Path == "/api/views.publish" && r.Json.GetProperty("user_id").GetString() == user)).Last();
        Assert.Equal("Bearer " + SlackTestHost.BotToken, publish.Header("Authorization"));
        return publish.Json.GetProperty("view");
    }

    [Fact]
    public async Task Opening_the_Home_tab_publishes_progress_today_and_an_ask_button_within_Block_Kit_limits()
    {
        var view = await OpenHomeAsync("UHOME1");

        Assert.Equal("home", view.GetProperty("type").GetString());
        BlockKitLimits.AssertValid(view, isView: true);
        var blocks = view.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal("header", blocks[0].GetProperty("type").GetString());
        var ask = blocks.Where(b => b.GetProperty("type").GetString() == "actions").SelectMany(b => b.GetProperty("elements").EnumerateArray()).First();
        Assert.Equal("/ask", ask.GetProperty("value").GetString());

        // The same words as /progress and /today in chat (one reply model), and the installed command in the footer.
        var text = BlockKitLimits.AllText(view);
        var progress = await SayAsync("progress", "UHOME1");
        var today = await SayAsync("today", "UHOME1");
        Assert.Contains(progress.Split('\n')[0], text, StringComparison.Ordinal);
        Assert.Contains(today.Split('\n')[0], text, StringComparison.Ordinal);
        Assert.Contains("`/study roadmap`", text, StringComparison.Ordinal); // commands in the texts in their installed form
        Assert.Contains("/study help", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ask_button_opens_a_modal_whose_question_is_answered_in_the_DM()
    {
        var click = new
        {
            type = "block_actions",
            user = new { id = "UHOME2", team_id = "T333" },
            team = new { id = "T333" },
            container = new { type = "view", view_id = "VHOME" },
            trigger_id = "1111.2222.home",
            view = new { id = "VHOME", type = "home" },
            actions = new[] { new { action_id = "studybot:0", value = "/ask", type = "button", action_ts = "1700000004.1" } },
        };
        var (status, _) = await _slack.SendAsync(SlackRequests.Interaction(JsonSerializer.Serialize(click)));
        Assert.Equal(200, status);

        var open = (await _slack.Api.WaitForAsync(r => r.Path == "/api/views.open")).Single();
        Assert.Equal("1111.2222.home", open.Json.GetProperty("trigger_id").GetString());
        var modal = open.Json.GetProperty("view");
        Assert.Equal("modal", modal.GetProperty("type").GetString());
        Assert.Equal("studybot:ask", modal.GetProperty("callback_id").GetString());
        Assert.InRange(modal.GetProperty("title").GetProperty("text").GetString()!.Length, 1, 24);
        Assert.InRange(modal.GetProperty("submit").GetProperty("text").GetString()!.Length, 1, 24);
        var input = modal.GetProperty("blocks")[0];
        Assert.Equal("input", input.GetProperty("type").GetString());

        var submission = SlackRequests.ModalSubmission(
            "UHOME2",
            "3333.4444.submit",
            modal.GetProperty("callback_id").GetString(),
            input.GetProperty("block_id").GetString()!,
            input.GetProperty("element").GetProperty("action_id").GetString()!,
            "HPA 계산 공식");
        using var request = SlackRequests.Interaction(submission);
        using var response = await _slack.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)); // closes the modal

        var answer = (await _slack.Api.WaitForAsync(r => r.Path == "/api/chat.postMessage" && r.Json.GetProperty("channel").GetString() == "UHOME2")).Single();
        BlockKitLimits.AssertValid(answer.Json);
        Assert.Equal(BlockKitLimits.AllText(JsonDocument.Parse(await SayRawAsync("ask HPA 계산 공식", "UHOME2")).RootElement.GetProperty("blocks")), BlockKitLimits.AllText(answer.Json.GetProperty("blocks")));
    }

    [Fact]
    public async Task An_empty_question_is_refused_inside_the_modal()
    {
        var submission = SlackRequests.ModalSubmission("UHOME3", "5555.6666.empty", "studybot:ask", "question", "text", "   ");
        var (status, json) = await _slack.SendAsync(SlackRequests.Interaction(submission));

        Assert.Equal(200, status);
        Assert.Equal("errors", json.GetProperty("response_action").GetString());
        Assert.True(json.GetProperty("errors").TryGetProperty("question", out _));
        Assert.DoesNotContain(_slack.Api.Requests, r => r.Path == "/api/chat.postMessage");
    }

    private async Task<string> SayAsync(string text, string user) => BlockKitLimits.AllText(JsonDocument.Parse(await SayRawAsync(text, user)).RootElement.GetProperty("blocks"));

    private async Task<string> SayRawAsync(string text, string user)
    {
        using var request = SlackRequests.Command(SlackRequests.SlashCommand("/study", text, _slack.ResponseUrl, userId: user, channelId: "D0HOME"));
        using var response = await _slack.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
