namespace StudyBot.Tests.Guides;

/// <summary>A rubric line — an item with its points ("Secret 관리 및 보안 강화 (7점)") or one under a graded label ("고급 기능
/// 구현 (+10점)") — restates a requirement with its weight: it keeps only <see cref="AnswerTuning.GradedLine"/> of its
/// ranking score unless the question asks about the grading (a number, points, the rubric's heading or a graded
/// category), so the place that describes the requirement answers the rest. Examples written for these tests, not
/// evaluation questions.</summary>
public sealed class GradedLineTests
{
    private static GuideIndex Index => SeedGuides.Index;
    private static readonly GuideIndex Off = Index.With(Index.Profile.Tuning with { GradedLine = 1 });

    private static int Line(string text) => Index.Units.Units.Single(u => u.Text.Trim() == text).Id;

    /// <summary>The line's ranking score with the mechanism on, as a share of its score with it off.</summary>
    private static double Kept(string question, int line) =>
        Index.Engine.Score(Index.Reader.Read(question)).Ranked[line] / Off.Engine.Score(Off.Reader.Read(question)).Ranked[line];

    [Fact]
    public void A_rubric_item_ranks_lower_when_the_grading_is_not_asked()
    {
        const string Question = "최종 플랫폼의 시크릿 관리 방식 알려줘";
        Assert.Equal(Index.Profile.Tuning.GradedLine, Kept(Question, Line("Secret 관리 및 보안 강화 (7점)")), 6);
        Assert.True(Index.Profile.Tuning.GradedLine < 1);

        // The requirement where it is described is untouched and ranks its section first.
        Assert.Equal(1, Kept(Question, Line("- Secret 관리: External Secrets Operator")), 6);
        var sections = Index.Engine.RankSections(Index.Engine.Score(Index.Reader.Read(Question)));
        Assert.Equal("구현 요구사항", Index.Units.Sections[sections[0].Section].Heading);
    }

    [Fact]
    public void An_item_under_a_graded_label_is_a_rubric_line_too()
    {
        var item = Index.Units.Units.Single(u => u.Text.Trim() == "Custom Operator 개발" && u.Parent >= 0
            && Index.Units.Units[u.Parent].Text.Contains("점)", StringComparison.Ordinal)).Id;
        Assert.Equal(Index.Profile.Tuning.GradedLine, Kept("커스텀 오퍼레이터 개발 해보는 거 있어?", item), 6);
    }

    [Theory]
    [InlineData("시크릿 관리 항목 몇 점이야")]
    [InlineData("how many points does secret management get")]
    [InlineData("시크릿 관리 채점 기준 알려줘")]
    public void A_question_about_the_grading_keeps_the_rubric_line(string question) =>
        Assert.Equal(1, Kept(question, Line("Secret 관리 및 보안 강화 (7점)")), 6);

    [Fact]
    public void Naming_a_graded_category_asks_the_rubric()
    {
        // A category with points exists only in the rubric: naming it asks the rubric, its label and its items.
        Assert.Equal(1, Kept("보안성 항목 뭐 있어", Line("보안성 (25점)")), 6);
        Assert.Equal(1, Kept("보안성 항목 뭐 있어", Line("RBAC 정책 적용 및 테스트 (10점)")), 6);
    }
}
