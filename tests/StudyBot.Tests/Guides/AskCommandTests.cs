namespace StudyBot.Tests.Guides;

/// <summary>/ask and free text over the real Bot Framework endpoint (Web Chat), replies read from a fake connector.</summary>
public sealed class AskCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotChat _chat = null!;

    public async ValueTask InitializeAsync() => _chat = await BotChat.StartAsync(azurite.Settings());

    public async ValueTask DisposeAsync() => await _chat.DisposeAsync();

    private async Task<JsonElement> ReplyAsync(string text, string? locale = null, string conversation = "conv-1")
    {
        var reply = await _chat.SendAsync(_chat.Message(text, locale: locale, conversationId: conversation));
        return reply.Json.Clone();
    }

    private async Task<string> ReplyTextAsync(string text, string? locale = null) =>
        (await ReplyAsync(text, locale)).GetProperty("text").GetString() ?? string.Empty;

    private static string[] Buttons(JsonElement reply) =>
        reply.TryGetProperty("attachments", out var attachments)
            ? attachments.EnumerateArray().SelectMany(a => Actions(a.GetProperty("content"))).ToArray()
            : [];

    private static IEnumerable<string> Actions(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() == "Action.Submit")
            {
                yield return element.GetProperty("data").GetProperty("command").GetString()!;
            }

            foreach (var property in element.EnumerateObject())
            {
                foreach (var found in Actions(property.Value))
                {
                    yield return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var found in element.EnumerateArray().SelectMany(Actions))
            {
                yield return found;
            }
        }
    }

    [Fact]
    public async Task Ask_answers_with_the_lines_that_answer_the_heading_path_a_link_and_buttons_not_commands_to_type()
    {
        var reply = await ReplyAsync("/ask HPA 계산 공식");
        var text = reply.GetProperty("text").GetString()!;

        Assert.Contains("Session 2: 오토스케일링 & 자동화 (50분)", text, StringComparison.Ordinal); // in the heading path
        Assert.Contains($"{_chat.Bot.BaseAddress}guides/k8s-week3-part3#", text, StringComparison.Ordinal);
        Assert.Contains("```\nHPA 계산 공식:\ndesiredReplicas = ceil", text, StringComparison.Ordinal);
        Assert.True(text.Length < 1800, text);

        // Web Chat shows buttons: the commands they send are not also written out as text.
        Assert.DoesNotContain("/section ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/feedback ", text, StringComparison.Ordinal);
        var buttons = Buttons(reply);
        Assert.Contains(buttons, b => b.StartsWith("/section k8s-week3-part3#", StringComparison.Ordinal));
        Assert.Contains(buttons, b => b.StartsWith("/feedback up ", StringComparison.Ordinal));
        Assert.Contains(buttons, b => b.StartsWith("/feedback down ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_api_answer_is_exactly_the_answer_the_chat_shows()
    {
        foreach (var question in new[] { "HPA 계산 공식", "프로메테우스 수집 방식", "how many instances for the lab" })
        {
            var json = await _chat.Client.GetFromJsonAsync<JsonElement>("api/ask?q=" + Uri.EscapeDataString(question), TestContext.Current.CancellationToken);
            var answer = json.GetProperty("answer").GetString()!;
            Assert.NotEqual("none", json.GetProperty("confidence").GetString());
            Assert.NotEmpty(answer);

            _chat.Connector.Clear();
            var chat = AskEvalChat.Readable(await ReplyTextAsync(question));
            foreach (var line in answer.Split('\n').Select(l => l.TrimStart().TrimStart('-').Trim()).Where(l => l.Length > 0))
            {
                Assert.Contains(line, chat, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Off_topic_says_the_guides_do_not_cover_it_and_names_the_closest_sections_by_their_path()
    {
        var korean = await ReplyTextAsync("/ask 오늘 점심 메뉴 추천");
        Assert.Contains("가이드에서 이 질문을 다루는 내용을 찾지 못했어요", korean, StringComparison.Ordinal);
        Assert.Contains("/checklist", korean, StringComparison.Ordinal);

        _chat.Connector.Clear();
        var english = await ReplyTextAsync("what is the capital of France", locale: "en-US");
        Assert.Contains("The guides don't seem to cover that question", english, StringComparison.Ordinal);

        // A closest section is named by its heading path, never by a bare generic heading such as "🎯 필수 요소".
        _chat.Connector.Clear();
        var near = await ReplyTextAsync("/ask 포토샵 필수 요소 정리");
        foreach (var line in near.Split('\n').Where(l => l.StartsWith("- [", StringComparison.Ordinal)))
        {
            Assert.Contains(" › ", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_section_as_close_as_the_answer_shows_its_next_best_lines_under_its_link()
    {
        // The CSP section comes as close as the lab setup that answers: under its link and best line ("Cloud Storage"),
        // the line naming the question's other word, one level down. (Storage said in both languages: "스토리지 용량", one
        // idea said twice in one language, counts once, and the CSP section's next line is another.)
        var text = await ReplyTextAsync("/ask EC2 storage 용량");
        var lines = text.Split('\n');
        var link = Array.FindIndex(lines, l => l.Contains("글로벌 CSP 활용 경험", StringComparison.Ordinal) && l.Contains("Cloud Storage", StringComparison.Ordinal));
        Assert.True(link >= 0, text);
        Assert.Contains("  - EC2, EBS, AMI", lines.Skip(link + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_closest_answer_says_so_shows_the_lines_and_offers_other_sections_as_buttons()
    {
        // An index whose "answer outright" bar cannot be reached: every answer is a closest answer.
        var search = _chat.Services.GetRequiredService<GuideSearch>();
        var index = search.Index;
        search.Swap(GuideIndex.Build(index.Catalog, index.CuratedGlossary, SearchProfile.StudyBot with { Tuning = new AnswerTuning { HighCoverage = 1.01 } }));

        var reply = await ReplyAsync("/ask HPA 계산 공식");
        var text = reply.GetProperty("text").GetString()!;
        Assert.StartsWith("가이드에서 가장 가까운 내용은 이거예요:", text, StringComparison.Ordinal);
        Assert.Contains("desiredReplicas = ceil", text, StringComparison.Ordinal);
        var sections = Buttons(reply).Where(b => b.StartsWith("/section ", StringComparison.Ordinal)).ToArray();
        Assert.InRange(sections.Length, 2, 3); // one or two alternatives, and "more" of the best one
        Assert.Equal(sections.Length, sections.Distinct().Count());

        var json = await _chat.Client.GetFromJsonAsync<JsonElement>("api/ask?q=" + Uri.EscapeDataString("HPA 계산 공식"), TestContext.Current.CancellationToken);
        Assert.Equal("medium", json.GetProperty("confidence").GetString());
        Assert.True(json.GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task Section_pages_through_a_whole_section()
    {
        // A short section fits one page, code whole (the same answer units and lines as an answer).
        var session = await ReplyAsync("/section k8s-week3-part3#session-2-오토스케일링--자동화-50분");
        var sessionText = session.GetProperty("text").GetString()!;
        Assert.Contains("kind: HorizontalPodAutoscaler", sessionText, StringComparison.Ordinal);
        Assert.Contains("kind: VerticalPodAutoscaler", sessionText, StringComparison.Ordinal);
        Assert.Contains("KEDA", sessionText, StringComparison.Ordinal); // its last sub-section too
        Assert.Empty(Buttons(session));

        // A whole day pages on, every page a screenful, the next page a button.
        _chat.Connector.Clear();
        var first = await ReplyAsync("/section k8s-week3-part3#-day-5-운영--고급-기능");
        Assert.Contains("/section k8s-week3-part3#-day-5-운영--고급-기능 2", Buttons(first));
        _chat.Connector.Clear();
        var second = await ReplyAsync("/section k8s-week3-part3#-day-5-운영--고급-기능 2");
        Assert.NotEqual(first.GetProperty("text").GetString(), second.GetProperty("text").GetString());

        _chat.Connector.Clear();
        var unknown = await ReplyTextAsync("/section nope#nothing");
        Assert.Contains("nope#nothing", unknown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("쿠버 오토스케일 공식?", "desiredReplicas")] // free text is a question too
    [InlineData("/ask", "/ask HPA")] // without a question: the usage
    [InlineData("/help", "/feedback")] // help lists feedback
    public async Task Free_text_a_bare_ask_and_help_each_get_their_answer(string message, string expected) =>
        Assert.Contains(expected, await ReplyTextAsync(message), StringComparison.Ordinal);
}
