namespace StudyBot.Tests.Guides;

/// <summary>A question asking a number of a named measure — the counter after 몇 ("몇점", "몇 명", "몇 주") or the noun after
/// "how many" ("how many points") — is answered by a line giving a number of that measure ("(8점)", "100명"): that line gets
/// <see cref="AnswerTuning.MeasureBonus"/>, a line with another number none, and the counter is no idea to cover.
/// Examples written for these tests, not evaluation questions.</summary>
public sealed class AskedMeasureTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("시크릿 관리는 몇점이야", "점")]
    [InlineData("팀 인원 몇 명이야", "명")]
    [InlineData("이 과정 몇 주 걸려", "주")]
    [InlineData("how many points is secret management worth", "점")]
    [InlineData("how many people are on the team", "명")]
    public void The_counter_is_the_measure_asked_not_an_idea(string question, string unit)
    {
        var read = Index.Reader.Read(question);
        Assert.Equal(AnswerHint.Number, read.Hint);
        Assert.Equal(unit, read.Unit);
        Assert.DoesNotContain(read.Concepts, c => c.Text.StartsWith(unit, StringComparison.Ordinal) && QueryText.IsHangul(unit[0]));
    }

    [Theory]
    [InlineData("서버 몇 대 필요해")] // a loose counter of things: the guides count servers without it
    [InlineData("몇주차에 배워")] // a place in the course asks when
    [InlineData("how many nodes are there")]
    public void A_loose_counter_or_a_place_names_no_measure(string question) => Assert.Null(Index.Reader.Read(question).Unit);

    [Theory]
    [InlineData("점", "Network Policy 구현 (8점)", true)]
    [InlineData("점", "고급 기능 구현 (+10 points)", true)]
    [InlineData("명", "개발팀 3명, 운영팀 2명", true)]
    [InlineData("주", "2주 과정", true)]
    [InlineData("점", "데이터베이스: 일일 백업 + 7일 보관", false)]
    [InlineData("명", "3. 네트워킹 & 스토리지", false)]
    public void A_line_gives_the_measure_when_its_number_carries_the_counter(string unit, string line, bool gives) =>
        Assert.Equal(gives, Measure.Gives(unit, line));

    [Theory]
    [InlineData("초마다", "초")] // "15초마다": every 15 seconds
    [InlineData("분마다", "분")]
    [InlineData("일간", "일")] // "5일간": for 5 days
    [InlineData("개월", null)] // the counter whole is a word of its own already
    [InlineData("명씩", null)] // a count of people, not a time
    [InlineData("개의", null)]
    [InlineData("분석", null)] // a counter's syllable opening another word
    public void A_unit_of_time_glued_to_digits_with_a_suffix_is_read_off(string word, string? unit) =>
        Assert.Equal(unit, Measure.TimeUnitAfterDigits(word));

    [Fact]
    public void A_unit_of_time_glued_to_digits_is_a_word_of_the_line()
    {
        // "15초마다 메트릭 확인": the glossary pairs 초 with "seconds", which met no line before — no piece of "초마다" of
        // two syllables or more is 초. A question in English asking about seconds now meets the line.
        var line = Index.Units.Units.Single(u => u.Text.Contains("15초마다", StringComparison.Ordinal)).Id;
        Assert.Contains(line, Index.Units.HangulPostings("초"));
        Assert.Contains(Index.Reader.Read("does it check metrics every few seconds").Concepts, c => c.Text == "seconds" && c.Origin == WordOrigin.Guide);
    }

    [Fact]
    public void A_line_of_the_asked_measure_outranks_one_with_another_number()
    {
        var question = Index.Reader.Read("시크릿 관리 몇점 받아");
        var scores = Index.Engine.Score(question);
        var plain = Index.Engine.Score(question with { Unit = null });
        var graded = Index.Units.Units.Single(u => u.Text.Trim() == "Secret 관리 및 보안 강화 (7점)").Id;
        var tuning = Index.Profile.Tuning;
        Assert.Equal((1 + tuning.MeasureBonus) / (1 + tuning.HintBonus), scores.Ranked[graded] / plain.Ranked[graded], 6);
    }
}
