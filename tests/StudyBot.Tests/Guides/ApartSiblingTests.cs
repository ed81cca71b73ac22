namespace StudyBot.Tests.Guides;

/// <summary>A word the glossary keeps apart from a longer word it starts (스케줄 "schedule" from 스케줄링 "scheduling") does
/// not take the longer word's lines by its start; a range of days a question writes meets the line that writes it.
/// Examples are made up here, never evaluation questions.</summary>
public sealed class ApartSiblingTests
{
    private static GuideIndex Index => SeedGuides.IndexWithRoadmap;

    [Fact]
    public void A_longer_loanword_in_another_group_is_apart_but_not_one_in_the_same_group_nor_a_compound()
    {
        var glossary = new Glossary(
            [
                ["스케줄", "schedule"],
                ["스케줄링", "scheduling"],
                ["스케일", "스케일링", "scale", "scaling"],
                ["체크", "check"],
                ["체크리스트", "checklist"],
                ["컨테이너", "container"],
                ["컨테이너화", "containerization"],
            ],
            []);

        Assert.Equal(["스케줄링"], glossary.LongerApart("스케줄"));
        Assert.Empty(glossary.LongerApart("스케일")); // one group: scaling is a scale
        Assert.Empty(glossary.LongerApart("체크")); // check and list
        Assert.Empty(glossary.LongerApart("컨테이너")); // a Korean suffix keeps the idea
        Assert.Empty(glossary.LongerApart("없는말"));
    }

    [Fact]
    public void The_guides_glossary_keeps_apart_only_words_of_one_English_stem()
    {
        var glossary = SeedGuides.Glossary;
        var pairs = glossary.Groups.SelectMany(g => g).Where(t => t.Length == 1).Select(t => t[0]).Distinct()
            .Where(t => glossary.LongerApart(t).Count > 0).Order(StringComparer.Ordinal).Select(t => $"{t}:{string.Join('/', glossary.LongerApart(t))}");
        Assert.Equal("스케줄:스케줄러/스케줄링 클러스터:클러스터링", string.Join(" ", pairs));
    }

    [Fact]
    public void A_shorter_sibling_does_not_find_the_longer_words_lines()
    {
        var read = Index.Reader.Read("스케줄 어떻게 돼?");
        var concept = Assert.Single(read.Concepts);
        Assert.Contains("스케줄링", concept.Apart);

        var scores = Index.Engine.Score(read);
        var scheduling = Index.Units.Units.First(u => u.Text.Trim() == "스케줄링 알고리즘").Id;
        var timeline = Index.Units.Units.First(u => u.Text.Trim() == "진행 일정:").Id;
        Assert.Equal(0, scores.Context[0][scheduling]);
        Assert.True(scores.Context[0][timeline] > 0);
        Assert.Equal("k8s-week3-part3#프로젝트-진행-방식", Index.Search("스케줄 어떻게 돼?", 1).Single().Section.Key);
    }

    [Theory]
    [InlineData("3-4일차엔 뭐 해?")]
    [InlineData("what happens on day 3-4")]
    public void A_range_of_days_meets_the_line_that_writes_it(string question)
    {
        var place = Assert.Single(Index.Reader.Read(question).Concepts, c => c.Sections.Count > 0);
        var line = Index.Units.Units.First(u => u.Text.Contains("Day 3-4", StringComparison.Ordinal));
        Assert.Contains(line.Id, place.Lines);
        Assert.Equal("k8s-week3-part3#프로젝트-진행-방식", Index.Units.Sections[line.Section].Key);
    }

    [Fact]
    public void One_day_and_a_long_run_of_digits_are_no_range_written_in_a_line()
    {
        Assert.Empty(Assert.Single(Index.Reader.Read("day 3 실습 뭐해?").Concepts, c => c.Sections.Count > 0).Lines);
        Assert.Empty(CourseReferences.Find(["12345678901234", "주차"]));
        Assert.Empty(CourseReferences.Find(["day12345678901234"]));
    }
}
