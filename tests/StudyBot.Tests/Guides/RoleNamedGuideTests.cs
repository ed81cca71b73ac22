namespace StudyBot.Tests.Guides;

/// <summary>A guide named with a word for it — its role, track or position ("인프라 직무 기준으로", "for the compute role")
/// — says where to look, like the guide's name: when the question asks something else of the guides, the coverage floor
/// is judged without those words where the best line lacks them (<see cref="AnswerSignals.GuideTalkShare"/>). Examples
/// written for these tests, not evaluation questions.</summary>
public sealed class RoleNamedGuideTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("인프라 직무 기준으로 etcd 백업은 뭘 해야 돼?", "infra-platform")]
    [InlineData("network 직무 기준 bgp 설정은 어디 나와?", "networking")]
    [InlineData("networking track: which routing protocols do I need", "networking")]
    public void The_words_naming_the_guide_by_its_role_are_set_aside(string question, string guide)
    {
        var answer = Index.Answer(question, 3);
        Assert.True(answer.Signals!.GuideTalkShare > 0);
        Assert.True(answer.Signals.FloorCoverage > answer.Signals.Coverage);
        Assert.Equal(guide, answer.Hits[0].Section.Guide);
    }

    [Fact]
    public void Going_by_the_role_is_part_of_the_phrase_naming_the_guide()
    {
        // "기준으로" right after the word for the guide is set aside with it; the same question without it has less to set aside.
        var goingBy = Index.Answer("인프라 직무 기준으로 etcd 백업은 뭘 해야 돼?", 3).Signals!;
        var plain = Index.Answer("인프라 직무에서 etcd 백업은 뭘 해야 돼?", 3).Signals!;
        Assert.True(goingBy.GuideTalkShare > plain.GuideTalkShare);
    }

    [Theory]
    [InlineData("etcd 백업은 뭘 해야 돼?")]
    [InlineData("which routing protocols do I need")]
    public void Without_a_guide_named_nothing_is_set_aside(string question) =>
        Assert.Equal(0, Index.Answer(question, 3).Signals!.GuideTalkShare);

    [Fact]
    public void A_role_of_another_topic_stays_declined() =>
        Assert.Equal(AnswerConfidence.None, Index.Answer("직무 적성 검사 준비 방법", 3).Confidence);
}
