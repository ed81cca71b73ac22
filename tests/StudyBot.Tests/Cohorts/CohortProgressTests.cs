using StudyBot.Checklist;
using StudyBot.Cohorts;
using StudyBot.Tests.Checklist;


namespace StudyBot.Tests.Cohorts;

/// <summary>Cohort figures: <c>/progress</c> in a cohort channel, the cohort progress API (JSON, CSV, admin key) and the
/// count the morning reminder asks for.</summary>
public sealed class CohortProgressTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Key = "test-admin-key";
    private readonly FixedCohorts _cohorts = new FixedCohorts().Add("c1", "infra-platform", "cohort-channel");
    private BotChat _chat = null!;

    public async ValueTask InitializeAsync()
    {
        var settings = azurite.Settings(("Admin:ApiKey", Key));
        _chat = await BotChat.StartAsync(settings, configure: _cohorts.Use);
    }

    public async ValueTask DisposeAsync() => await _chat.DisposeAsync();

    private async Task TwoLearnersWorkInTheCohortChannelAsync()
    {
        await _chat.SayAsync("/done k8s-operator helm-chart", userId: "kim", conversationId: "cohort-channel");
        await _chat.SayAsync("/done k8s-operator", userId: "lee", conversationId: "cohort-channel");

        // Later, in a 1:1 chat, Lee's completion still counts for the cohort (last known cohort).
        await _chat.SayAsync("/done argocd-gitops", userId: "lee", conversationId: "lee-dm");
    }

    [Fact]
    public async Task Progress_cohort_shows_completion_per_item_counts_only()
    {
        await TwoLearnersWorkInTheCohortChannelAsync();
        var own = await _chat.SayAsync("/progress", userId: "kim", conversationId: "cohort-channel");
        Assert.Contains("/progress cohort", own, StringComparison.Ordinal); // the cohort view is one command away
        Assert.DoesNotContain("2/2 (100%)", own, StringComparison.Ordinal);

        var reply = await _chat.SayAsync("/progress cohort", userId: "kim", conversationId: "cohort-channel");
        Assert.Contains("c1", reply, StringComparison.Ordinal);
        Assert.Contains("k8s-operator — 2/2 (100%)", reply, StringComparison.Ordinal);
        Assert.Contains("helm-chart — 1/2 (50%)", reply, StringComparison.Ordinal);
        Assert.Contains("argocd-gitops — 1/2 (50%)", reply, StringComparison.Ordinal);

        // Outside the channel only the learner's own list.
        var dm = await _chat.SayAsync("/progress", userId: "lee", conversationId: "lee-dm");
        Assert.DoesNotContain("2/2 (100%)", dm, StringComparison.Ordinal);
        Assert.Contains("✅ argocd-gitops", dm, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_returns_the_cohort_as_json()
    {
        await TwoLearnersWorkInTheCohortChannelAsync();
        var total = _chat.Catalog().Items.Count(i => i.Guide == "infra-platform");

        using var request = new HttpRequestMessage(HttpMethod.Get, "api/cohorts/c1/progress");
        request.Headers.Add("X-Admin-Key", Key);
        using var response = await _chat.Bot.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal("c1", json.GetProperty("cohort").GetString());
        Assert.Equal("infra-platform", json.GetProperty("track").GetString());
        Assert.Equal(2, json.GetProperty("learners").GetInt32());
        var items = json.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal(total, items.Count);
        Assert.Equal(2, items["k8s-operator"].GetProperty("done").GetInt32());
        Assert.Equal(2, items["k8s-operator"].GetProperty("total").GetInt32());
        Assert.Equal(100, items["k8s-operator"].GetProperty("pct").GetInt32());
        Assert.Equal(1, items["helm-chart"].GetProperty("done").GetInt32());
        Assert.Equal(0, items["iac-tools"].GetProperty("done").GetInt32());
        var learners = json.GetProperty("learnersProgress").EnumerateArray().ToArray();
        Assert.Equal([2, 2], learners.Select(l => l.GetProperty("done").GetInt32()));
        Assert.All(learners, l => Assert.Equal(total, l.GetProperty("total").GetInt32()));
    }

    [Fact]
    public async Task The_api_returns_csv_by_accept_header_or_format_query()
    {
        await TwoLearnersWorkInTheCohortChannelAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/cohorts/c1/progress");
        request.Headers.Add("X-Admin-Key", Key);
        request.Headers.Add("Accept", "text/csv");
        using var response = await _chat.Bot.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("type,id,title,done,total,pct", lines[0]);
        Assert.Contains("item,k8s-operator,Kubernetes Controller/Operator 개발 가능,2,2,100", lines);
        Assert.Equal(2, lines.Count(l => l.StartsWith("learner,", StringComparison.Ordinal)));

        using var byQuery = new HttpRequestMessage(HttpMethod.Get, "api/cohorts/c1/progress?format=csv");
        byQuery.Headers.Add("X-Admin-Key", Key);
        using var queryResponse = await _chat.Bot.Client.SendAsync(byQuery, TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", queryResponse.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_api_needs_the_admin_key_and_knows_unknown_cohorts()
    {
        using var missing = await _chat.Bot.Client.GetAsync("api/cohorts/c1/progress", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "api/cohorts/c1/progress");
        wrong.Headers.Add("X-Admin-Key", Key + "x");
        using var wrongResponse = await _chat.Bot.Client.SendAsync(wrong, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);

        using var unknown = new HttpRequestMessage(HttpMethod.Get, "api/cohorts/nobody/progress");
        unknown.Headers.Add("X-Admin-Key", Key);
        using var unknownResponse = await _chat.Bot.Client.SendAsync(unknown, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, unknownResponse.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_key_the_admin_routes_are_404()
    {
        await using var keyless = await BotChat.StartAsync(azurite.Settings(), configure: _cohorts.Use);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/cohorts/c1/progress");
        request.Headers.Add("X-Admin-Key", Key);
        using var response = await keyless.Bot.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var export = await keyless.Bot.Client.GetAsync("api/admin/learners/x/export", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
    }

    [Fact]
    public async Task The_morning_reminder_count_is_learners_who_did_every_item()
    {
        await TwoLearnersWorkInTheCohortChannelAsync();
        var query = _chat.Services.GetRequiredService<ICohortProgressService>();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(2, await query.CountLearnersCompletedAllAsync("c1", ["k8s-operator"], ct));
        Assert.Equal(1, await query.CountLearnersCompletedAllAsync("c1", ["k8s-operator", "helm-chart"], ct));
        Assert.Equal(0, await query.CountLearnersCompletedAllAsync("c1", ["helm-chart", "argocd-gitops"], ct));
        Assert.Equal(0, await query.CountLearnersCompletedAllAsync("other", ["k8s-operator"], ct));
    }

    [Fact]
    public async Task Export_then_forget_me_removes_the_learner_from_the_cohort_figures()
    {
        await TwoLearnersWorkInTheCohortChannelAsync();
        var lee = new LearnerId(Channels.WebChat, string.Empty, "lee").Key;

        using var export = new HttpRequestMessage(HttpMethod.Get, $"api/admin/learners/{Uri.EscapeDataString(lee)}/export");
        export.Headers.Add("X-Admin-Key", Key);
        using var exported = await _chat.Bot.Client.SendAsync(export, TestContext.Current.CancellationToken);
        var json = JsonDocument.Parse(await exported.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("c1", json.GetProperty("cohort").GetString());
        Assert.Equal(["argocd-gitops", "k8s-operator"], json.GetProperty("completions").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Order());

        await _chat.SayAsync("/forget-me confirm", userId: "lee", conversationId: "lee-dm");
        var progress = await _chat.Services.GetRequiredService<ICohortProgressService>().GetAsync("c1", TestContext.Current.CancellationToken);
        Assert.Equal(1, progress!.Learners);
        Assert.Equal(1, progress.Items.Single(i => i.Id == "k8s-operator").Done);
        var index = await _chat.RowsAsync(CompletionStore.CohortCompletionsTable, "c1");
        Assert.DoesNotContain(index, r => r.RowKey.EndsWith(lee, StringComparison.Ordinal));
        Assert.Empty(await _chat.RowsAsync(CompletionStore.CompletionsTable, lee));
    }
}
