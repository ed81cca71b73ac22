namespace StudyBot.Tests.Guides;

public sealed class AskApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private StudyBotHost _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await StudyBotHost.StartAsync(azurite.Settings());

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private async Task<JsonElement> AskAsync(string query)
    {
        using var response = await _bot.Client.GetAsync("api/ask?" + query, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
    }

    [Fact]
    public async Task A_week_of_the_course_is_read_with_the_roadmap_the_service_loaded()
    {
        // The service gives its guide index the roadmaps' places (ICourseSchedule): "2주차" is week 2's section.
        var json = await AskAsync("q=" + Uri.EscapeDataString("2주차 실습은 뭐해?") + "&k=3");
        Assert.Equal("2-쿠버네티스-애플리케이션-배포", json.GetProperty("results")[0].GetProperty("anchor").GetString());
        Assert.NotEmpty(_bot.Services.GetRequiredService<GuideSearch>().Index.Places);
    }

    [Fact]
    public async Task Contract_example_answers_with_the_autoscaling_session_in_the_contract_shape()
    {
        var json = await AskAsync("q=" + Uri.EscapeDataString("HPA 계산 공식") + "&k=5&lang=ko");

        Assert.Equal("HPA 계산 공식", json.GetProperty("query").GetString());
        Assert.True(json.GetProperty("answered").GetBoolean());
        Assert.Contains(json.GetProperty("confidence").GetString(), new[] { "high", "medium" });
        Assert.Contains("desiredReplicas = ceil", json.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var results = json.GetProperty("results").EnumerateArray().ToArray();
        Assert.InRange(results.Length, 1, 5);

        // The best result is the autoscaling session or the part of it that holds the formula.
        var best = results[0];
        Assert.Equal("k8s-week3-part3", best.GetProperty("guide").GetString());
        var path = best.GetProperty("path").EnumerateArray().Select(p => p.GetString()).ToArray();
        Assert.Equal(["Week 3 Kubernetes 상세 계획서 - Part 3", "📅 Day 5: 운영 & 고급 기능", "Session 2: 오토스케일링 & 자동화 (50분)"], path.Take(3));
        Assert.Equal(path[^1], best.GetProperty("heading").GetString());
        Assert.True(best.GetProperty("score").GetDouble() > 0);
        Assert.Contains("desiredReplicas = ceil", best.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(best.GetProperty("anchor").GetString()));

        var scores = results.Select(r => r.GetProperty("score").GetDouble()).ToArray();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task Off_topic_is_not_answered_but_still_lists_the_closest_sections()
    {
        var json = await AskAsync("q=" + Uri.EscapeDataString("what is the capital of France"));
        Assert.False(json.GetProperty("answered").GetBoolean());
        Assert.Equal("none", json.GetProperty("confidence").GetString());
        Assert.Equal(string.Empty, json.GetProperty("answer").GetString());
        Assert.NotEmpty(json.GetProperty("results").EnumerateArray());

        // Text that shares no word with the guides: nothing is close, so the closest the guides come is each guide itself
        // (its title section, score 0) — as many as k asks for.
        var results = (await AskAsync("q=qzxj+vwkp&k=3")).GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(3, results.Length);
        Assert.All(results, r =>
        {
            Assert.Equal(0, r.GetProperty("score").GetDouble());
            Assert.Equal([r.GetProperty("heading").GetString()], r.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("text").GetString()));
        });
        Assert.Equal(3, results.Select(r => r.GetProperty("guide").GetString()).Distinct().Count());

        // Within one guide (guide=): that guide only.
        var scoped = await AskAsync("q=qzxj+vwkp&guide=networking");
        Assert.Equal("networking", Assert.Single(scoped.GetProperty("results").EnumerateArray()).GetProperty("guide").GetString());
    }

    [Theory]
    [InlineData("", "ko")]
    [InlineData("&lang=ko", "ko")]
    [InlineData("&lang=en", "en")]
    [InlineData("&lang=en-US", "en")]
    [InlineData("&lang=fr", "ko")]
    public async Task Lang_chooses_the_reply_language_as_the_chat_does(string lang, string expected)
    {
        // Not covered: the chat's own words for it, in the chosen language.
        var offTopic = await AskAsync("q=" + Uri.EscapeDataString("what is the capital of France") + lang);
        Assert.Equal(expected, offTopic.GetProperty("lang").GetString());
        Assert.Equal(RouterHarness.RepoDialogs.Value.Plain(expected, "guides.ask.not_covered"), offTopic.GetProperty("message").GetString());

        // An answer speaks for itself: no message, and the same answer in every language (one bilingual index).
        var answered = await AskAsync("q=" + Uri.EscapeDataString("HPA 계산 공식") + lang);
        Assert.Equal(expected, answered.GetProperty("lang").GetString());
        if (answered.GetProperty("confidence").GetString() == "high")
        {
            Assert.Equal(string.Empty, answered.GetProperty("message").GetString());
        }
        else
        {
            Assert.Equal(RouterHarness.RepoDialogs.Value.Plain(expected, "guides.ask.closest_answer"), answered.GetProperty("message").GetString());
        }

        Assert.Contains("desiredReplicas = ceil", answered.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("k=0", 1)]
    [InlineData("k=100", 20)]
    [InlineData("k=abc", 5)]
    [InlineData("", 5)]
    public async Task K_is_clamped(string k, int expected)
    {
        var json = await AskAsync("q=kubernetes&" + k);
        Assert.Equal(expected, json.GetProperty("results").GetArrayLength());
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=")]
    [InlineData("q=%20%20")]
    public async Task Empty_question_is_a_400_problem(string query)
    {
        using var response = await _bot.Client.GetAsync("api/ask?" + query, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Question_over_500_characters_is_a_400_problem()
    {
        using var ok = await _bot.Client.GetAsync("api/ask?q=" + new string('a', 500), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        using var response = await _bot.Client.GetAsync("api/ask?q=" + Uri.EscapeDataString(new string('가', 501)), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Guide_page_renders_the_markdown_with_section_anchors()
    {
        using var response = await _bot.Client.GetAsync("guides/k8s-week3-part3", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("id=\"session-2-오토스케일링--자동화-50분\"", html, StringComparison.Ordinal);

        using var missing = await _bot.Client.GetAsync("guides/..%2Fappsettings", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Ready_once_the_index_is_built()
    {
        // Other ready checks (table storage) are registered too: on a loaded machine the storage query can miss its
        // time once, so readiness is polled; the guide index must never be what keeps it from 200.
        await OutageStorage.ReadinessAsync(_bot.Client, HttpStatusCode.OK);
    }
}
