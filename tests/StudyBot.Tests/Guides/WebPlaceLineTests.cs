namespace StudyBot.Tests.Guides;

/// <summary>A question asking where a thing is on the web (url, link, site, repo, 링크, 사이트, 레포 …) is answered by a
/// link the section cites: when no line shown writes one, the section's best line that does is shown second.
/// Examples written for these tests, not evaluation questions.</summary>
public sealed class WebPlaceLineTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("cni spec homepage url", true)]
    [InlineData("which site documents the container network interface", true)]
    [InlineData("CNI 스펙 사이트 어디야", true)]
    [InlineData("클러스터 api 레포는?", true)]
    [InlineData("what does the container network interface do", false)]
    [InlineData("CNI 플러그인 종류 뭐 있어", false)]
    public void A_question_asks_a_web_place_by_its_everyday_words(string question, bool asks) =>
        Assert.Equal(asks, AnswerEngine.AsksWebPlace(question));

    [Fact]
    public void A_question_asking_a_site_shows_the_sections_link()
    {
        var answer = Index.Answer("container network interface part of compute, what site is linked for the spec", 3);
        Assert.Equal("compute#7-cloud-network-및-cni", answer.Hits[0].Section.Key);
        Assert.Contains(answer.Lines, l => l.Text.Contains("https://www.cni.dev/", StringComparison.Ordinal));
    }
}
