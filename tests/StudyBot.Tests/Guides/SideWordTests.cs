namespace StudyBot.Tests.Guides;

/// <summary>An off-topic question that shares one side word with the guides (팀, a word inside a longer word of theirs) is
/// declined, while the questions the guides answer with that word stay answered. Examples written for these tests, not
/// evaluation questions.</summary>
public sealed class SideWordTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("팀 회식 장소")] // 팀 is everyday; 장소 only inside 저장소
    [InlineData("팀 회식")]
    [InlineData("전자 계열 회사")] // 계열 only inside 시계열
    [InlineData("애플 주가 얼마")] // 주가 with nothing before it counting is not 주 (week)
    public void An_everyday_question_sharing_a_side_word_is_declined(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);

    [Theory]
    [InlineData("팀은 몇명씩이야")]
    [InlineData("시계열 데이터는 어디 저장해")]
    public void A_question_the_guides_answer_with_the_word_stays_answered(string question) =>
        Assert.NotEqual(AnswerConfidence.None, Index.Answer(question, 3).Confidence);

    [Theory]
    [InlineData("주가 얼마야")]
    [InlineData("오늘 주가 어때")]
    public void A_week_word_with_nothing_counting_before_it_is_a_word_of_its_own(string question) =>
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Text == "주가");

    [Theory]
    [InlineData("3 주가 걸려?")] // after a number or a determiner it is the week with its particle
    [InlineData("몇 주가 걸려?")]
    public void After_a_number_or_determiner_it_is_the_week(string question) =>
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Text == "주가");
}
