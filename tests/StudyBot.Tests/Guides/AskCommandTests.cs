using StudyBot.Testing;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Guides;

/// <summary>/ask and free text over the real Bot Framework endpoint, replies read from a fake connector.</summary>
public sealed class AskCommandTests(AzuriteFixture azurite) : IAsyncLifetime
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

    private async Task<string> ReplyTextAsync(string text, string? locale = null)
    {
        var activity = TestActivities.Message(text, _connector.Url, locale: locale);
        using var response = await TestActivities.PostAsync(_bot.Client, activity, cancellationToken: TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var reply = (await _connector.WaitForAsync(r => r.Method == "POST" && r.Path.EndsWith("/activities/" + activity.Id, StringComparison.Ordinal))).Single();
        return reply.Json.GetProperty("text").GetString() ?? string.Empty;
    }

    [Fact]
    public async Task Ask_answers_with_an_excerpt_code_a_section_link_and_a_more_button()
    {
        var text = await ReplyTextAsync("/ask HPA 계산 공식");

        Assert.Contains("Session 2: 오토스케일링", text, StringComparison.Ordinal);
        Assert.Contains($"{_bot.BaseAddress}guides/k8s-week3-part3#", text, StringComparison.Ordinal);
        Assert.Contains("```\n", text, StringComparison.Ordinal);
        Assert.Contains("desiredReplicas = ceil", text, StringComparison.Ordinal);
        Assert.Contains("/section k8s-week3-part3#session-2-오토스케일링--자동화-50분", text, StringComparison.Ordinal);

        // A short excerpt, not the whole section (the section's full text is far longer).
        Assert.True(text.Length < 1800, text);
    }

    [Fact]
    public async Task Free_text_is_a_question_too()
    {
        var text = await ReplyTextAsync("쿠버 오토스케일 공식?");
        Assert.Contains("desiredReplicas", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Off_topic_says_the_guides_do_not_cover_it_in_the_learners_language()
    {
        var korean = await ReplyTextAsync("/ask 오늘 점심 메뉴 추천");
        Assert.Contains("가이드에서 이 질문을 다루는 내용을 찾지 못했어요", korean, StringComparison.Ordinal);
        Assert.Contains("/checklist", korean, StringComparison.Ordinal);

        _connector.Clear();
        var english = await ReplyTextAsync("what is the capital of France", locale: "en-US");
        Assert.Contains("The guides don't seem to cover that question", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Section_pages_through_a_whole_section()
    {
        var first = await ReplyTextAsync("/section k8s-week3-part3#session-2-오토스케일링--자동화-50분");
        Assert.Contains("kind: HorizontalPodAutoscaler", first, StringComparison.Ordinal);
        Assert.Contains("/section k8s-week3-part3#session-2-오토스케일링--자동화-50분 2", first, StringComparison.Ordinal);

        _connector.Clear();
        var unknown = await ReplyTextAsync("/section nope#nothing");
        Assert.Contains("nope#nothing", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_without_a_question_explains_the_usage()
    {
        var text = await ReplyTextAsync("/ask");
        Assert.Contains("/ask HPA", text, StringComparison.Ordinal);
    }
}
