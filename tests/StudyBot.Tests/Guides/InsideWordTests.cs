namespace StudyBot.Tests.Guides;

/// <summary>A two-syllable Korean word the guides write only inside longer words (계열 in 시계열, "time series") is not
/// their word: such a match straddles another word's parts. A word they write on its own, or that starts one of their
/// words, stays theirs. The guide here is made up.</summary>
public sealed class InsideWordTests
{
    private const string Guide = """
        # 가이드

        ## 모니터링

        - 시계열 데이터 저장
        - 이미지 저장소 구성
        - 배포 전략과 재배포
        - 네트워크 정책
        """;

    private static GuideIndex Build()
    {
        var folder = Directory.CreateTempSubdirectory("studybot-inside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "guide.md"), Guide);
            return GuideIndex.Build(GuideLoader.Load(folder), Glossary.Empty);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly GuideIndex Index = Build();

    [Theory]
    [InlineData("계열")] // only in 시계열
    [InlineData("장소")] // only in 저장소
    public void A_word_only_inside_longer_words_is_not_the_guides(string word)
    {
        var concept = Assert.Single(Index.Reader.Read($"{word} 알려줘").Concepts, c => c.Text == word);
        Assert.NotEqual(WordOrigin.Guide, concept.Origin);
    }

    [Theory]
    [InlineData("시계열")] // the longer word itself
    [InlineData("저장")] // a word of its own and the start of 저장소
    [InlineData("배포")] // on its own, and inside 재배포 too
    [InlineData("정책")]
    public void A_word_the_guides_write_or_start_a_word_with_stays_theirs(string word)
    {
        var concept = Assert.Single(Index.Reader.Read($"{word} 알려줘").Concepts, c => c.Text == word);
        Assert.Equal(WordOrigin.Guide, concept.Origin);
    }
}
