namespace StudyBot.Tests.Guides;

/// <summary>A question asking for the rest or the whole of a list (나머지, 전부/다/모두 before a verb of telling, "the
/// rest") is read as asking for a list, and answered with the list's items, not the one best-matching item. Examples are
/// made up here, never evaluation questions.</summary>
public sealed class ListRequestTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("CRD 배우는 세션 필수 요소 나머지는?", "나머지")]
    [InlineData("CRD 배우는 세션 필수 요소 전부 알려줘", "전부")]
    [InlineData("CRD 배우는 세션 필수 요소 다 보여줘", "다")]
    [InlineData("CRD 배우는 세션 필수 요소 모두?", "모두")]
    [InlineData("the rest of the must-know topics in the CRD session", "rest")]
    [InlineData("CRD session must-know topics, and the rest?", "rest")]
    public void Asking_for_the_rest_or_the_whole_asks_a_list(string question, string word)
    {
        var read = Index.Reader.Read(question);
        Assert.Equal(AnswerHint.List, read.Hint);
        Assert.DoesNotContain(read.Concepts, c => c.Text == word);
    }

    [Theory]
    [InlineData("HPA 스케일링 정책 선택지 뭐 있어?", "선택지")]
    [InlineData("서비스 타입 선택지 알려줘", "선택지")]
    public void Choices_ask_a_list_and_are_no_topic(string question, string word)
    {
        // 선택지 (the choices) asks for the items of a list, as 목록 does; the guides never write it, and read as an
        // unknown idea it lowered the question's coverage of the section that lists the choices.
        var read = Index.Reader.Read(question);
        Assert.Equal(AnswerHint.List, read.Hint);
        Assert.DoesNotContain(read.Concepts, c => c.Text.StartsWith(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CRD 세션 필수 요소 리스트 보여줘")]
    [InlineData("모니터링 도구 리스트업 해줘")]
    public void List_spelled_in_hangul_asks_a_list_and_is_no_topic(string question)
    {
        // 리스트 is "list" in Hangul, as 목록: the guides write it only inside 체크리스트, whose sections' nearest Latin word
        // ("rest" of REST) it had been read as.
        var read = Index.Reader.Read(question);
        Assert.Equal(AnswerHint.List, read.Hint);
        Assert.DoesNotContain(read.Concepts, c => c.Text.StartsWith("리스트", StringComparison.Ordinal) || c.Alternatives.Contains("rest"));
    }

    [Fact]
    public void A_spaced_check_list_is_still_the_checklist() =>
        // 체크 리스트 typed apart is the glossary's 체크리스트, not 체크 and a list request.
        Assert.Contains(Index.Reader.Read("체크 리스트 항목 뭐 있어").Concepts, c => c.Alternatives.Contains("체크리스트"));

    [Theory]
    [InlineData("HPA 스케일링 기준 뭐 있어? cpu라던지", "cpu")]
    [InlineData("오토스케일링 종류 알려줘 HPA라든가", "hpa")]
    [InlineData("모니터링 도구 뭐 써? 프로메테우스라든지", "프로메테우스")]
    public void An_example_ending_asks_the_list_and_reads_the_stem(string question, string stem)
    {
        // "X라던지" (X, for instance): X is one of the things asked; the question asks for their list, and X is read.
        var read = Index.Reader.Read(question);
        Assert.Equal(AnswerHint.List, read.Hint);
        Assert.Contains(read.Concepts, c => c.Text == stem);
    }

    [Fact]
    public void An_example_shows_the_items_beside_it()
    {
        // Giving one advantage as an example: the reply lists the others beside it, not that one line alone.
        var lines = Index.Answer("클라우드 장점 뭐 있어? 초기 비용이라던지", 3).Lines;
        Assert.Contains(lines, l => l.Text.Contains("선투자", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Text.Contains("가격 인하", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rest api 설계할 때 원칙", "rest api")]
    [InlineData("what does the rest api guide say about versioning", "rest api")]
    [InlineData("REST principles, the rest of them", "rest")]
    public void Rest_as_a_name_stays_the_name(string question, string term)
    {
        // "rest" before a word of its own, or written "REST", is the glossary's REST API, not the rest of a list.
        var read = Index.Reader.Read(question);
        Assert.Contains(read.Concepts, c => c.Text == term);
    }

    [Theory]
    [InlineData("k8s 클러스터 상태 다 저장하는 db 백업")]
    [InlineData("서비스 하나 느려지면 전부 늘려야돼?")]
    public void All_counting_what_a_verb_does_asks_no_list(string question)
    {
        // 다/전부 before a verb other than telling says how much the verb covers ("stores all the state"), not "list them".
        Assert.NotEqual(AnswerHint.List, Index.Reader.Read(question).Hint);
    }

    [Fact]
    public void The_rest_shows_the_items_beside_the_one_named()
    {
        // Naming one item of a short list and asking the rest: the reply shows the list's other items too; asked
        // without it, the one item that matches.
        var items = Index.Answer("CRD 배우는 세션 필수 요소", 3).Lines;
        var rest = Index.Answer("CRD 배우는 세션 필수 요소 나머지는?", 3).Lines;
        Assert.True(rest.Count >= 4, string.Join(" | ", rest.Select(l => l.Text)));
        Assert.True(rest.Count > items.Count);
        Assert.Contains(rest, l => l.Text.Contains("Service Mesh", StringComparison.Ordinal));
        Assert.Contains(rest, l => l.Text.Contains("Gateway API", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CRD 배우는 세션 필수 요소 나머지는?")]
    [InlineData("the rest of the must-know topics in the CRD session")]
    [InlineData("CRD 배우는 세션 필수 요소 설명해줘")]
    public void The_asked_words_are_read_once_for_a_list_only(string question)
    {
        // Scores.Asked: the question's own words (every name of each idea), read in Score and kept for the unknown part,
        // only when the question asks for a list.
        var read = Index.Reader.Read(question);
        var scores = Index.Engine.Score(read);
        Assert.Equal(read.Hint == AnswerHint.List, scores.Asked is not null);
        if (scores.Asked is { } asked)
        {
            Assert.All(read.Concepts.SelectMany(c => c.Alternatives).SelectMany(a => a.Split(' ')), w => Assert.Contains(w, asked));
        }
    }
}
