namespace StudyBot.Tests.Guides;

/// <summary>The rules that withhold an answer, by name (<see cref="AnswerEngine.Withholding"/>): none for a question the
/// guides answer, at least one for a declined one, so a decline can be traced to its signal. Examples written for these
/// tests, not evaluation questions.</summary>
public sealed class WithholdingTests
{
    private static GuideIndex Index => SeedGuides.Index;

    private static string[] Why(string question)
    {
        var read = Index.Reader.Read(question);
        var hits = Index.Search(read, RelatedSections.Depth, out var scores);
        return [.. Index.Engine.Withholding(hits, Index.Engine.Signals(read, scores, hits))];
    }

    [Fact]
    public void An_answered_question_is_withheld_by_nothing()
    {
        const string question = "우리 팀 클러스터에 HPA 붙이면 최소 레플리카 몇 개였지?";
        Assert.NotEqual(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
        Assert.Empty(Why(question));
    }

    [Theory]
    [InlineData("우리 회사 MySQL 레플리케이션 설정 어떻게 해?")]
    [InlineData("우리 팀이 회식 장소 고민중인데, 고깃집 추천해줘")]
    public void A_declined_question_names_the_rule_that_withholds_it(string question)
    {
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
        Assert.NotEmpty(Why(question));
    }
}
