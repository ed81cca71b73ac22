namespace StudyBot.Tests.Guides;

/// <summary>A best line naming several things at once ("Region/Availability Zone/Cell/Rack 단위 인프라 설계") is gone
/// through by a list of its section, one item led by each thing ("Region 설계" … "Rack 단위 관리"): a question asking
/// what they are gets that list with the line. Examples written for these tests, not evaluation questions.</summary>
public sealed class ElaboratingListTests
{
    private static GuideIndex Index => SeedGuides.Index;

    private const string Design = "compute#5-클라우드-인프라-설계";

    private static IReadOnlyList<AnswerLine> Lines(string question, AnswerHint hint)
    {
        var section = Index.Units.Sections.Select((s, i) => (s, i)).Single(x => x.s.Key == Design).i;
        return Index.Engine.Extract(section, Index.Engine.Score(Index.Reader.Read(question)), hint);
    }

    [Fact]
    public void A_list_question_gets_the_list_going_through_the_named_things()
    {
        var lines = Lines("리전이랑 가용 영역 말고 어떤 단위로 인프라를 설계해?", AnswerHint.List);
        Assert.Contains(lines, l => l.Text.Contains("Region/Availability Zone/Cell/Rack", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Text.Trim() == "Cell 아키텍처");
        Assert.Contains(lines, l => l.Text.Trim() == "Rack 단위 관리");
    }

    [Fact]
    public void Other_questions_keep_the_best_line_alone()
    {
        var lines = Lines("리전이랑 가용 영역 말고 어떤 단위로 인프라를 설계해?", AnswerHint.None);
        Assert.Contains(lines, l => l.Text.Contains("Region/Availability Zone/Cell/Rack", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text.Trim() == "Cell 아키텍처");
    }
}
