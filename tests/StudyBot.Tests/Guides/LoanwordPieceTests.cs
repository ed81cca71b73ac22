namespace StudyBot.Tests.Guides;

/// <summary>A Hangul loanword is found by its pieces only as its English spelling would be (<see cref="AnswerIndex"/>):
/// a start of it that spells another English word is no word of it. The guide here is made up.</summary>
public sealed class LoanwordPieceTests
{
    private const string Guide = """
        # 가이드

        ## 목표

        - 포트폴리오 작성
        - 모니터링 도구 설치
        - 체크리스트 확인
        - 애플리케이션 배포
        - 네트워크 프로그래밍
        - 서버가상화 실습
        - 서버 설정
        - 캐비지 재배
        - 캐비 호출
        """;

    private static AnswerIndex Build()
    {
        var folder = Directory.CreateTempSubdirectory("studybot-loanword-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "guide.md"), Guide);
            return new AnswerIndex(GuideLoader.Load(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_loanword_spells_its_english_word()
    {
        Assert.Contains("portfolio", EnglishWords.SpelledBy("포트폴리오"));
        Assert.Contains("monitoring", EnglishWords.SpelledBy("모니터링"));
    }

    [Fact]
    public void A_start_spelling_another_english_word_is_not_a_word_of_the_loanword()
    {
        var index = Build();

        // 포트 (port) is not in 포트폴리오 (portfolio): the word is not found, though a longer word's start may be.
        Assert.Empty(index.HangulPostings("포트"));
        Assert.NotEmpty(index.OpeningPostings("포트"));
        Assert.NotEmpty(index.HangulPostings("포트폴리오"));
    }

    [Fact]
    public void A_start_spelling_a_word_without_its_silent_e_is_not_a_word_of_the_loanword()
    {
        var index = Build();

        // 애플 (apple) opens 애플리케이션 (application) as "appl": still another word, as 포트 is in 포트폴리오.
        Assert.Empty(index.HangulPostings("애플"));
        Assert.NotEmpty(index.OpeningPostings("애플"));
        Assert.NotEmpty(index.HangulPostings("애플리케이션"));
    }

    [Fact]
    public void A_start_the_guides_write_alone_spelling_an_unrelated_word_is_not_a_word_of_the_loanword()
    {
        var index = Build();
        string[] Lines(int[] units) => units.Select(u => index.Units[u].Text).ToArray();

        // 캐비지 (cabbage) and 캐비 (cabby), both written alone, have the shape of 메시지 (message) and 메시 (mesh): the
        // start spells a word that neither opens the whole's nor shares its stem, so 캐비 finds its own line only, and a
        // question's 캐비지 is not looked for where the guides' 캐비 is.
        Assert.Contains("cabbage", EnglishWords.SpelledBy("캐비지", minConsonants: 2));
        Assert.DoesNotContain(Lines(index.HangulPostings("캐비")), l => l.Contains("캐비지", StringComparison.Ordinal));
        Assert.Contains(Lines(index.HangulPostings("캐비")), l => l.Contains("캐비 호출", StringComparison.Ordinal));
        Assert.True(index.StartSpellsUnrelatedWord("캐비지", 2));

        // A start the guides do not write alone is still looked for where a word opens with it (포트 of 포트폴리오,
        // 모니터 of 모니터링).
        Assert.False(index.StartSpellsUnrelatedWord("포트폴리오", 2));
        Assert.False(index.StartSpellsUnrelatedWord("모니터링", 3));
    }

    [Theory]
    [InlineData("모니터")] // monitoring is a form of monitor
    [InlineData("체크")] // checklist is check and list
    public void A_start_the_loanword_is_a_form_or_compound_of_stays_a_word_of_it(string start) =>
        Assert.NotEmpty(Build().HangulPostings(start));

    [Fact]
    public void A_start_is_looked_for_where_a_word_opens_with_it_not_inside_a_word()
    {
        var index = Build();

        // 로그 (the half of 로그인) is inside 프로그래밍, not its start: a piece of the word, but no word opens with it.
        Assert.NotEmpty(index.HangulPostings("로그"));
        Assert.Empty(index.OpeningPostings("로그"));
        Assert.NotEmpty(index.OpeningPostings("프로그"));

        // A compound's part after a word the guides write alone (서버) opens there: 가상 of 서버가상화.
        Assert.NotEmpty(index.OpeningPostings("가상"));
    }

    [Fact]
    public void Two_words_written_together_open_with_the_first_and_the_next_ones_start()
    {
        var index = Build();

        // "네트워크 프로그래밍" typed as one word: its start reaches into the second word.
        Assert.NotEmpty(index.OpeningPostings("네트워크프로"));
    }
}
