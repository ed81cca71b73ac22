namespace StudyBot.Tests.Guides;

/// <summary>An ordinal beside a noun read as the number the guides write by a numbered part (시나리오 3, Session 2).
/// Examples are made up here, never evaluation questions.</summary>
public sealed class OrdinalReadingTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("what breaks in the third outage scenario", "3")]
    [InlineData("the 2nd scenario of the ops challenge, what is wrong there", "2")]
    [InlineData("장애 챌린지 네번째 시나리오는 원인이 뭐야", "4")]
    [InlineData("셋째 시나리오에서 고칠 설정", "3")]
    [InlineData("what fails in the first outage scenario", "1")] // "first" before a noun the guides label from 1 (시나리오 1:)
    [InlineData("첫번째 세션 주제", "1")]
    [InlineData("the 1st session covers what", "1")]
    [InlineData("운영 챌린지 네 번째 시나리오 원인", "4")] // written apart, as the spelling rules space it
    [InlineData("첫 번째 세션 주제", "1")]
    public void An_ordinal_before_a_noun_is_its_number(string question, string number)
    {
        var concepts = Index.Reader.Read(question).Concepts;
        Assert.Contains(concepts, c => c.Text == number);
        Assert.DoesNotContain(concepts, c => c.Origin == WordOrigin.ForeignName);
    }

    [Theory]
    [InlineData("set a 30 second timeout on the readiness probe", "2")]
    [InlineData("can prometheus scrape a third party exporter", "3")]
    [InlineData("vxlan gre 말고 세번째 뭐였지", "3")]
    [InlineData("what should i learn first time around", "1")] // "first" beside no part the guides label from 1
    [InlineData("the first thing to set up in a cluster", "1")]
    [InlineData("첫번째 항목 뭐임", "1")]
    public void An_ordinal_that_numbers_no_part_stays_as_it_was(string question, string number)
    {
        // A unit of time after a number, "third party" (someone else's), an ordinal before scaffolding (the third item
        // of a list), "first" before a noun the guides never label with 1: no numbered part is named.
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Text == number);
    }

    [Theory]
    [InlineData("두 번째 모듈 실습 내용")]
    [InlineData("세 번째 단계에서 배우는 것")]
    public void An_ordinal_written_apart_is_one_word(string question)
    {
        // "세 번째" is read as "세번째" (a place before a course counter, with the roadmap): neither half is left as an
        // unknown word.
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Text is "두" or "세" or "번째");
    }

    [Fact]
    public void First_finds_the_line_labelled_1()
    {
        // The guides label the first scenario "시나리오 1:"; "first" there is that 1, not the glossary's 처음/먼저.
        var answer = Index.Answer("in the first scenario of the operations challenge, which setting is wrong", 3);
        Assert.Contains(answer.Lines, l => l.Text.Contains("시나리오 1", StringComparison.Ordinal));
    }

    [Fact]
    public void The_ordinal_finds_the_numbered_line()
    {
        // The guides write 시나리오 4 by the fourth scenario's line: the ordinal finds it over the other scenarios.
        var answer = Index.Answer("what goes wrong in the fourth scenario of the operations challenge", 3);
        Assert.Contains(answer.Lines, l => l.Text.Contains("시나리오 4", StringComparison.Ordinal));
    }
}
