namespace StudyBot.Tests.Guides;

/// <summary>Hangul words that render an English term of the guides word for word ("컨테이너 네트워크 인터페이스" for
/// "Container Network Interface") are that term, and with it the acronym it stands for (<see cref="Glossary.Translated"/>).
/// Examples are made up here, never evaluation questions.</summary>
public sealed class TranslatedTermTests
{
    private static GuideIndex Index => SeedGuides.Index;

    private static readonly Glossary Small = new(
        [
            ["nfv", "network functions virtualization"],
            ["네트워크", "network"],
            ["기능", "function", "feature"],
            ["가상화", "virtualization"],
            ["중급", "intermediate", "intermediate level"],
            ["레벨", "level"],
            ["부하", "load"],
            ["분산기", "balancer"],
            ["load balancer", "loadbalancer"],
            ["서비스", "service"],
            ["계정", "account"],
            ["service account", "sa"],
        ],
        []);

    private static IEnumerable<string> NoSpelling(string word) => [];

    private static bool AllWritten(string term) => true;

    [Fact]
    public void Hangul_words_each_translating_a_word_of_an_English_term_are_the_term()
    {
        var match = Small.Translated(["네트워크", "기능", "가상화랑", "설명"], 0, NoSpelling, AllWritten);
        Assert.Equal(3, match?.Length);
        Assert.Equal([0], match?.Groups ?? []);

        // Out of order, or one word short of the term, they stay words.
        Assert.Null(Small.Translated(["가상화", "기능", "네트워크"], 0, NoSpelling, AllWritten));
        Assert.Null(Small.Translated(["기능", "가상화"], 0, NoSpelling, AllWritten));
    }

    [Fact]
    public void A_loanword_is_read_by_the_English_word_it_spells()
    {
        var match = Small.Translated(["네트워크", "펑션", "가상화"], 0, w => w == "펑션" ? ["functions"] : [], AllWritten);
        Assert.Equal([0], match?.Groups ?? []);
    }

    [Fact]
    public void A_term_that_only_elaborates_one_of_the_words_is_not_taken()
    {
        // "intermediate level" is 중급 itself: read as one idea the question would lose the weight of 레벨.
        Assert.Null(Small.Translated(["중급", "레벨"], 0, NoSpelling, AllWritten));
    }

    [Fact]
    public void A_term_is_taken_only_for_a_one_word_name_of_it_the_guides_write()
    {
        // "sa" is a name only the whole term reaches, when the guides write it; "loadbalancer" is the term's own words
        // written together, which the words find as well: read as one idea they would only lose their weight.
        Assert.Equal(2, Small.Translated(["서비스", "계정"], 0, NoSpelling, AllWritten)?.Length);
        Assert.Null(Small.Translated(["서비스", "계정"], 0, NoSpelling, w => w != "sa"));
        Assert.Null(Small.Translated(["부하", "분산기"], 0, NoSpelling, AllWritten));
    }

    [Fact]
    public void Words_of_a_term_the_guides_write_only_in_those_words_stay_words()
    {
        // The curated "gateway api" has no one-word name: 게이트웨이 and 에이피아이 keep their own weights.
        var question = Index.Answer("게이트웨이 에이피아이는 인그레스랑 뭐가 달라?", 3).Question!;
        Assert.Contains(question.Concepts, c => c.Text == "게이트웨이");
        Assert.DoesNotContain(question.Concepts, c => c.Text.StartsWith("게이트웨이 ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("컨테이너 네트워크 인터페이스는 로드맵 몇 단계에서 다뤄?", "cni")]
    [InlineData("네트워크 기능 가상화 공부는 로드맵 어느 단계야", "nfv")]
    public void A_translated_term_reads_as_the_acronym_of_the_guides(string question, string acronym)
    {
        var answer = Index.Answer(question, 3);
        Assert.Contains(answer.Question!.Concepts, c => c.Text.Contains(' ', StringComparison.Ordinal) && c.Alternatives.Contains(acronym));
        Assert.Contains("단계", answer.Hits[0].Section.Heading, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("명령 조회 책임 분리 구조는 어디에 쓰는 거야?")]
    [InlineData("이벤트 기반 아키텍처에서 명령과 조회 책임 분리 방식은 왜 써?")]
    public void A_term_spelled_out_in_Korean_by_the_glossary_reads_as_the_acronym_and_answers(string question)
    {
        // The guides write "CQRS (Command Query Responsibility Segregation)"; the glossary pairs 명령, 조회, 책임 and 분리
        // with those English words, so the four Hangul words are that term, not an unknown topic that declines.
        var answer = Index.Answer(question, 3);
        Assert.Contains(answer.Question!.Concepts, c => c.Alternatives.Contains("cqrs"));
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.Contains("CQRS", answer.Hits[0].Section.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("반가상화는 전가상화랑 뭐가 달라?", "Full Virtualization")]
    [InlineData("마지막 프로젝트 발표는 언제 해?", "최종")]
    public void A_Korean_word_the_glossary_pairs_with_the_guides_term_is_no_unknown_topic(string question, string written)
    {
        // The guides write "Full Virtualization, Para-virtualization" and 최종; the glossary reads 전가상화/반가상화 and 마지막
        // as those, so the question's first word is theirs and the line that writes the term answers.
        var answer = Index.Answer(question, 3);
        Assert.Equal(WordOrigin.Guide, answer.Question!.Topic?.Origin);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.Contains(written, answer.Text, StringComparison.Ordinal);
    }
}
