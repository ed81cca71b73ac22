namespace StudyBot.Tests.Guides;

/// <summary>Acronyms Korean learners type for a topic the guides write only in full or only in Korean (SSO, ASG, ACL):
/// the glossary gives each its expansion and Korean name, so the acronym reads as the guides' words instead of the name
/// of a thing they never mention. Examples are made up here, never evaluation questions.</summary>
public sealed class AcronymTopicTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("회사 SSO 인증 서버로 뭘 쓰라고 나와?", "sso")] // 통합 인증: the guides write 인증
    [InlineData("클러스터 오토스케일러가 AWS에서는 ASG로 노드 늘리는 거 맞지?", "asg")] // their "Auto Scaling Group"
    public void An_acronym_whose_expansion_the_guides_write_reads_as_their_words(string question, string acronym)
    {
        var answer = Index.Answer(question, 3);
        Assert.Contains(answer.Question!.Concepts, c => c.Text == acronym && c.Origin == WordOrigin.Guide);
        Assert.False(answer.Signals!.NamesUnknownThing);
    }

    [Fact]
    public void An_acronym_of_English_words_the_guides_never_write_is_a_short_form()
    {
        var answer = Index.Answer("서브넷 단위 ACL도 목록에 나와?", 3);
        Assert.Contains(answer.Question!.Concepts, c => c.Text == "acl" && c.ShortForm && c.LongForm == "access control list");
        Assert.False(answer.Signals!.NamesUnknownThing);
    }

    [Fact]
    public void The_autoscaling_group_acronym_finds_the_autoscaling_session()
    {
        var answer = Index.Answer("클러스터 오토스케일러가 AWS에서는 ASG로 노드 늘리는 거 맞지?", 3);
        Assert.True(answer.Answered);
        Assert.Equal("k8s-week3-part3#-핵심-설명-1", answer.Hits[0].Section.Key);
    }

    [Theory]
    [InlineData("슬랙에 구글 SSO 로그인 붙이는 법")]
    [InlineData("azure ad sso saml 설정 어떻게 해")]
    [InlineData("윈도우 폴더 ACL 권한 상속 끄는 법")]
    [InlineData("리눅스 파일 ACL setfacl 사용법")]
    [InlineData("스팀 덱 ASG 게임 추천")]
    public void Off_topic_questions_with_an_acronym_stay_declined(string question)
    {
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }
}
