namespace StudyBot.Tests.Reminders;

public sealed class ReminderCommandTests(AzuriteFixture azurite)
{
    private static Task<string> AskAsync(ReminderRig rig, string text, string conversationId, string userId = "user-1", string? locale = null)
    {
        rig.Connector.Clear();
        return rig.SayAsync(text, conversationId, userId, locale: locale);
    }

    [Fact]
    public async Task Today_in_a_subscribed_channel_shows_the_cohort_day_sessions_and_checkpoints()
    {
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-11T01:00:00Z"));
        await rig.Week3CohortAsync("w3", "today-conv");

        var text = await AskAsync(rig, "/today", "today-conv");
        Assert.Contains("Week 3 · Day 5", text, StringComparison.Ordinal);
        Assert.Contains("Lab 5: 운영 환경 구축", text, StringComparison.Ordinal);
        Assert.Contains("(90분)", text, StringComparison.Ordinal);
        Assert.Contains("session-1-", text, StringComparison.Ordinal); // guide link to the section

        // The checkpoints are buttons on the card; their commands are not written out again in the text.
        Assert.DoesNotContain("/done w3-d5-crd-operator", text, StringComparison.Ordinal);
        Assert.Contains(rig.Connector.Requests, r => r.Method == "POST" && r.Body.Contains("\"command\":\"/done w3-d5-crd-operator\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Today_in_a_direct_chat_uses_the_cohort_the_learner_acted_in()
    {
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-11T01:00:00Z"));
        await rig.Week3CohortAsync("w3", "cohort-channel");

        Assert.Contains("/cohort subscribe", await AskAsync(rig, "/today", "dm-conv", userId: "learner-7"), StringComparison.Ordinal);
        await AskAsync(rig, "/done w3-d1-etcd", "cohort-channel", userId: "learner-7");

        Assert.Contains("Week 3 · Day 5", await AskAsync(rig, "/today", "dm-conv", userId: "learner-7"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Today_outside_a_cohort_says_so_and_roadmap_shows_a_track()
    {
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-11T01:00:00Z"));
        Assert.Contains("/cohort subscribe", await AskAsync(rig, "/today", "lonely-conv"), StringComparison.Ordinal);

        var roadmap = await AskAsync(rig, "/roadmap infra-platform", "lonely-conv");
        Assert.Contains("1단계: 기초", roadmap, StringComparison.Ordinal);
        Assert.Contains("Terraform 기초", roadmap, StringComparison.Ordinal);
        Assert.Contains("k8s-operator", roadmap, StringComparison.Ordinal);

        var course = await AskAsync(rig, "/roadmap devops-k8s-5weeks", "lonely-conv", locale: "en-US");
        Assert.Contains("Week 5: GitOps를 이용한 배포 서비스 자동화", course, StringComparison.Ordinal);
        Assert.Contains("Keywords", course, StringComparison.Ordinal);

        Assert.Contains("devops-k8s-5weeks", await AskAsync(rig, "/roadmap nope", "lonely-conv"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cohort_command_is_for_admins_only_and_subscribes_the_current_conversation()
    {
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-01T00:00:00Z"), extra: new() { ["Admin:Users:0"] = "msteams~~admin-1" });
        Assert.Contains("관리자", await AskAsync(rig, "/cohort create c1 compute 2026-12-07", "admin-conv", userId: "user-9"), StringComparison.Ordinal);

        Assert.Contains("c1", await AskAsync(rig, "/cohort create c1 compute 2026-12-07", "admin-conv", userId: "admin-1"), StringComparison.Ordinal);
        Assert.Contains("timeZone", await AskAsync(rig, "/cohort create c2 compute 2026-12-07 Nowhere/Land", "admin-conv", userId: "admin-1"), StringComparison.Ordinal);
        await AskAsync(rig, "/cohort subscribe c1", "admin-conv", userId: "admin-1");
        Assert.Contains("true", await AskAsync(rig, "/cohort pause c1", "admin-conv", userId: "admin-1"), StringComparison.Ordinal);
        await AskAsync(rig, "/cohort resume c1", "admin-conv", userId: "admin-1");

        var cohort = await rig.AdminJsonAsync(HttpMethod.Get, "api/admin/cohorts/c1");
        Assert.False(cohort.GetProperty("paused").GetBoolean());
        var sub = Assert.Single(cohort.GetProperty("subscriptions").EnumerateArray());
        Assert.Equal("msteams|admin-conv", sub.GetProperty("key").GetString());

        // The subscription carries the bot account seen in the conversation, so proactive sends come from the bot.
        rig.Connector.Clear();
        var run = await rig.AdminJsonAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=c1&date=2026-12-07&slot=morning");
        Assert.Equal(1, run.GetProperty("sent").GetInt32());
        Assert.Equal("bot-1", Assert.Single(rig.SendsTo("admin-conv")).Json.GetProperty("from").GetProperty("id").GetString());
    }
}
