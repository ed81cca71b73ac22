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
    [InlineData("로드밸런서 참고 자료 있어?", true)]
    [InlineData("CNI 플러그인 종류 뭐 있어", false)]
    [InlineData("참고로 나 초보인데 CNI 플러그인 종류 뭐 있어", false)]
    public void A_question_asks_a_web_place_by_its_everyday_words(string question, bool asks) =>
        Assert.Equal(asks, AnswerEngine.AsksWebPlace(question));

    [Fact]
    public void A_question_asking_a_site_shows_the_sections_link()
    {
        var answer = Index.Answer("container network interface part of compute, what site is linked for the spec", 3);
        Assert.Equal("compute#7-cloud-network-및-cni", answer.Hits[0].Section.Key);
        Assert.Contains(answer.Lines, l => l.Text.Contains("https://www.cni.dev/", StringComparison.Ordinal));
    }

    /// <summary>A word for where a thing is found on the web (링크, 참고, link) is no unknown topic weighing against a best
    /// line naming a rare thing ("F5"): the answer is that thing's link, a line writing the address out without the word.</summary>
    [Theory]
    [InlineData("f5 말고 로드밸런서 참고 링크 그게 뭐였지")]
    [InlineData("로드밸런서 참고 링크 하나만")]
    public void A_web_place_word_is_no_unknown_topic(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.Equal("networking#5-네트워크-어플라이언스-연동", answer.Hits[0].Section.Key);
    }

    /// <summary>A link asked for a thing the guides never cover stays declined: the web-place word is only set aside.</summary>
    [Theory]
    [InlineData("django 참고 자료 링크 좀")]
    [InlineData("vue 공식 사이트 링크")]
    [InlineData("리액트 참고 링크")]
    public void A_link_to_a_thing_the_guides_never_cover_is_declined(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
}
