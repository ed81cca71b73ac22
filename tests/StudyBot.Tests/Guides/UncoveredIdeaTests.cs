namespace StudyBot.Tests.Guides;

/// <summary>The lines shown for the right section cover each idea of the question the section has: when the best lines
/// have an idea only as every line of the section has it (from the heading), the section's best line writing it itself
/// is shown too. Examples written for these tests, not evaluation questions.</summary>
public sealed class UncoveredIdeaTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Fact]
    public void An_idea_the_heading_gives_every_line_brings_the_line_that_writes_it()
    {
        // "Pod 네트워킹" has "pod" itself and "플러그인" (CNI) only from "7. Cloud Network 및 CNI": the CNI item, which
        // brings the plugins, is shown beside it.
        var answer = Index.Answer("pod 네트워크 플러그인 종류", 3);
        Assert.Equal("compute#7-cloud-network-및-cni", answer.Hits[0].Section.Key);
        Assert.Contains(answer.Lines, l => l.Text == "Pod 네트워킹");
        Assert.Contains(answer.Lines, l => l.Text.StartsWith("주요 CNI 플러그인", StringComparison.Ordinal));
    }

    [Fact]
    public void Reference_documents_are_the_further_reading_lines()
    {
        // "참고문서" is the glossary's 자료: the section's "추가 학습 자료:" is shown with the load balancer's lines.
        var answer = Index.Answer("로드밸런서 참고문서 좀", 3);
        Assert.Equal("networking#5-네트워크-어플라이언스-연동", answer.Hits[0].Section.Key);
        Assert.Contains(answer.Lines, l => l.Text.Contains("로드 밸런서", StringComparison.Ordinal));
        Assert.Contains(answer.Lines, l => l.Text.StartsWith("추가 학습 자료", StringComparison.Ordinal));
    }
}
