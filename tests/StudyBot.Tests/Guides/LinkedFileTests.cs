using Markdig;
using Markdig.Syntax;

namespace StudyBot.Tests.Guides;

/// <summary>A relative link reaches no learner as a path, but the document it names is what the line says: an answer line
/// shows the file's name after the link's text ("전체 학습 커리큘럼 (CLOUD_STUDY.md)"), while the line is matched by its
/// text alone, so the name does not lengthen it. Examples written for these tests, not evaluation questions.</summary>
public sealed class LinkedFileTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("../CLOUD_STUDY.md", "CLOUD_STUDY.md")]
    [InlineData("./common-skills.md#part-1", "common-skills.md")]
    [InlineData("../docs/guide.md?plain=1", "guide.md")]
    [InlineData("../docs/", null)]
    [InlineData("./README", null)]
    [InlineData("./.hidden", null)]
    public void A_relative_link_names_the_file_its_last_segment_names(string url, string? file) =>
        Assert.Equal(file, GuideParser.LinkedFile(url));

    [Fact]
    public void The_shown_text_writes_the_linked_file_and_absolute_links_keep_their_url()
    {
        var paragraph = Markdown.Parse("[전체 학습 커리큘럼](../CLOUD_STUDY.md) 과 [문서](https://example.org/) 그리고 [위](#top)", GuideParser.Pipeline)
            .OfType<ParagraphBlock>().Single();
        Assert.Equal("전체 학습 커리큘럼 과 문서 (https://example.org/) 그리고 위", GuideParser.InlineText(paragraph.Inline, withUrls: true));
        Assert.Equal("전체 학습 커리큘럼 (CLOUD_STUDY.md) 과 문서 (https://example.org/) 그리고 위",
            GuideParser.InlineText(paragraph.Inline, withUrls: true, withFiles: true));
    }

    [Fact]
    public void A_unit_over_a_relative_link_is_matched_by_its_text_and_shown_with_the_file()
    {
        var unit = Index.Units.Units.First(u => u.Text == "전체 학습 커리큘럼");
        Assert.Equal("전체 학습 커리큘럼 (CLOUD_STUDY.md)", unit.Shown);
        Assert.All(Index.Units.Units.Where(u => u.TextWithFiles is null), u => Assert.Same(u.Text, u.Shown));
    }

    [Fact]
    public void An_answer_over_the_related_documents_shows_the_file_names()
    {
        var section = Index.Units.Sections.Select((s, i) => (s, i)).Single(x => x.s.Key == "compute#관련-자료").i;
        var lines = Index.Engine.Extract(section, Index.Engine.Score(Index.Reader.Read("compute 가이드 관련 자료에 전체 학습 커리큘럼 문서 있어?")));
        Assert.Contains(lines, l => l.Text == "전체 학습 커리큘럼 (CLOUD_STUDY.md)");
    }
}
