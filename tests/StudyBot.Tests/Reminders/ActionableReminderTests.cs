using StudyBot.Checklist;
using StudyBot.Reminders;

namespace StudyBot.Tests.Reminders;

/// <summary>A reminder a learner can act on: one button per checkpoint naming it, pressed as oneself (Teams: an
/// <c>Action.Execute</c> whose answer replaces the card for the presser only), and Monday's digest of last week.</summary>
public sealed class ActionableReminderTests(AzuriteFixture azurite)
{
    private const string Channel = "19:cohort@thread.tacv2";

    // Cohort "wed" starts Wednesday 2026-12-02 in Seoul: Wed, Thu, Fri are days 1-3, Monday 2026-12-07 is day 4.
    private static async Task<ReminderRig> RigAsync(AzuriteFixture azurite)
    {
        var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-02T01:00:00Z"));
        await rig.PutCohortAsync("wed", new { track = "k8s-week3-part3", startDate = "2026-12-02" });
        await rig.SubscribeAsync("wed", Channel);
        return rig;
    }

    [Fact]
    public async Task Monday_morning_names_each_checkpoint_on_its_own_button_and_adds_last_week_in_counts_only()
    {
        await using var rig = await RigAsync(azurite);
        var roadmap = rig.Service<RoadmapProvider>().Current.Find("k8s-week3-part3")!;
        var lastWeek = roadmap.Days.Take(3).SelectMany(d => d.Checkpoints).DistinctBy(i => i.Id).ToArray();
        var today = roadmap.Days[3].Checkpoints;

        // Kim does two of last week's checkpoints, Lee one of them; both in the cohort's channel.
        await rig.SayAsync($"/done {lastWeek[0].Id} {lastWeek[1].Id}", Channel, userId: "29:kim", shape: a => a.From!.Name = "Kim Minji");
        await rig.SayAsync($"/done {lastWeek[0].Id}", Channel, userId: "29:lee", shape: a => a.From!.Name = "Lee Jun");

        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-07T00:00:20Z")); // Monday 09:00 KST
        await rig.TickAsync();

        var send = Assert.Single(rig.SendsTo(Channel));
        var text = send.Json.GetProperty("text").GetString()!;
        var pct = ProgressFormat.Percent(3, lastWeek.Length * 2);
        Assert.Contains($"지난주 체크포인트 완료율: {pct}% (학습자 2명)", text, StringComparison.Ordinal);
        Assert.Contains("아직 많은 학습자가 마치지 않은 체크포인트", text, StringComparison.Ordinal);
        Assert.Contains("2명 중 2명 남음", text, StringComparison.Ordinal); // a checkpoint nobody has done
        Assert.DoesNotContain("Kim", text, StringComparison.Ordinal);        // counts, never names
        Assert.DoesNotContain("Lee", text, StringComparison.Ordinal);
        var friday = roadmap.Days[2]; // the previous class day is Friday's, never "yesterday" (a Sunday)
        Assert.Contains($"지난 학습일(Week {friday.Week} · Day {friday.Day}) 체크포인트를 모두 마친 학습자: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("어제", text, StringComparison.Ordinal);

        // Each of today's checkpoints is its own button, labelled with the item, sent as Action.Execute on Teams.
        var actions = ReminderRig.Buttons(send);
        Assert.Equal(today.Select(i => "완료: " + i.Id), actions.Select(a => a.GetProperty("title").GetString()));
        Assert.All(actions, a => Assert.Equal("Action.Execute", a.GetProperty("type").GetString()));

        // Park presses the first: recorded for Park (the full learner key), answered with a card for Park alone.
        var answer = await rig.PressAsync(actions[0], Channel, "29:park", "aad-park");
        Assert.Equal(200, answer.GetProperty("statusCode").GetInt32());
        Assert.Contains("완료 기록: ", answer.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        Assert.Contains(today[0].Id, answer.GetProperty("value").GetRawText(), StringComparison.Ordinal);

        var park = new LearnerId(Channels.MsTeams, "tenant-1", "aad-park").Key;
        var completions = await rig.Service<CompletionStore>().GetCompletionsAsync(park, TestContext.Current.CancellationToken);
        Assert.Equal([today[0].Id], completions.Select(c => c.ItemId));
        Assert.Single(rig.SendsTo(Channel)); // nothing new posted to the channel: the answer went to the presser
    }

    [Fact]
    public async Task Other_mornings_carry_no_digest_and_done_suggests_todays_checkpoint_first()
    {
        await using var rig = await RigAsync(azurite);
        var roadmap = rig.Service<RoadmapProvider>().Current.Find("k8s-week3-part3")!;
        var day2 = roadmap.Days[1].Checkpoints;

        // Lee finishes all of Wednesday's checkpoints; Kim one of them.
        var day1 = roadmap.Days[0];
        await rig.SayAsync("/done " + string.Join(' ', day1.Checkpoints.Select(i => i.Id)), Channel, userId: "29:lee");
        await rig.SayAsync($"/done {day1.Checkpoints[0].Id}", Channel, userId: "29:kim");

        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-03T00:00:20Z")); // Thursday, day 2
        await rig.TickAsync();
        var text = Assert.Single(rig.SendsTo(Channel)).Json.GetProperty("text").GetString()!;
        Assert.DoesNotContain("지난주", text, StringComparison.Ordinal);
        var finishers = day1.Checkpoints.Count == 1 ? 2 : 1; // Kim as well when Wednesday has only the one checkpoint
        Assert.Contains($"지난 학습일(Week {day1.Week} · Day {day1.Day}) 체크포인트를 모두 마친 학습자: {finishers}명", text, StringComparison.Ordinal);

        // Whatever the learner records, the next item offered is today's open checkpoint (the rule /today uses too).
        var other = roadmap.Days[^1].Checkpoints[0];
        rig.Connector.Clear();
        await rig.SayAsync($"/done {other.Id}", Channel, userId: "29:kim");
        Assert.Contains(rig.Connector.Requests, r => r.Body.Contains($"\"command\":\"/done {day2[0].Id}\"", StringComparison.Ordinal));

        var todayReply = await rig.SayAsync("/today", Channel, userId: "29:kim");
        Assert.Contains(day2[0].Id, todayReply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_Slack_each_checkpoint_button_records_for_whoever_presses_it_and_answers_them_alone()
    {
        var settings = azurite.Settings();
        settings["Admin:ApiKey"] = "slack-reminder-admin";
        settings["Reminders:Scheduler"] = "false";
        settings["Reminders:Pacing:SlackPerChannelMs"] = "0";
        await using var slack = await SlackTestHost.StartAsync(settings);
        async Task<JsonElement> AdminAsync(HttpMethod method, string path, object? body = null)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            request.Headers.Add("X-Admin-Key", "slack-reminder-admin");
            using var response = await slack.Client.SendAsync(request, TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, text);
            return JsonDocument.Parse(text).RootElement.Clone();
        }

        await AdminAsync(HttpMethod.Put, "api/admin/cohorts/wed", new { track = "k8s-week3-part3", startDate = "2026-12-02" });
        await AdminAsync(HttpMethod.Post, "api/admin/cohorts/wed/subscriptions", new { slackTeam = "T333", slackChannel = "CSTUDY" });
        var run = await AdminAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=wed&date=2026-12-07&slot=morning");
        Assert.Equal(1, run.GetProperty("sent").GetInt32());

        // One button per checkpoint of the day, each naming its item.
        var today = slack.Bot.Services.GetRequiredService<RoadmapProvider>().Current.Find("k8s-week3-part3")!.Days[3].Checkpoints;
        var post = (await slack.Api.WaitForAsync(r => r.Path == "/api/chat.postMessage")).Single();
        var buttons = post.Json.GetProperty("blocks").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray()).ToArray();
        Assert.Equal(today.Select(i => "완료: " + i.Id), buttons.Select(b => b.GetProperty("text").GetProperty("text").GetString()));

        // Park presses the second one in the channel: recorded for Park's full learner key, answered to Park only.
        var pressed = buttons[1];
        var payload = JsonSerializer.Serialize(new
        {
            type = "block_actions",
            user = new { id = "UPARK", username = "park", team_id = "T333" },
            team = new { id = "T333" },
            channel = new { id = "CSTUDY" },
            trigger_id = "777.888.park",
            response_url = slack.ResponseUrl,
            actions = new[] { new { type = "button", action_id = pressed.GetProperty("action_id").GetString(), value = pressed.GetProperty("value").GetString(), action_ts = "1700000000.2" } },
        });
        var (status, _) = await slack.SendAsync(SlackRequests.Interaction(payload));
        Assert.Equal(200, status);
        var answer = (await slack.Responses.WaitForAsync(r => r.Method == "POST")).Single();
        Assert.Equal("ephemeral", answer.Json.GetProperty("response_type").GetString());
        Assert.False(answer.Json.GetProperty("replace_original").GetBoolean());
        Assert.Contains(today[1].Id, answer.Json.GetProperty("text").GetString(), StringComparison.Ordinal);

        var park = new LearnerId(Channels.SlackNative, "T333", "UPARK").Key;
        var completions = await slack.Bot.Services.GetRequiredService<CompletionStore>().GetCompletionsAsync(park, TestContext.Current.CancellationToken);
        Assert.Equal([today[1].Id], completions.Select(c => c.ItemId));
        Assert.Single(slack.Api.Requests, r => r.Path == "/api/chat.postMessage"); // nothing posted to the channel for everyone
    }
}
