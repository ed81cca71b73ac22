namespace StudyBot.Tests.Guides;

/// <summary>A Latin word the guides never use that the sentence gives another role than the thing asked about
/// (<see cref="QueryText.SideRole"/>, <see cref="QueryText.Partner"/>): an example ("X 같은"), a guess to check once the
/// question is asked ("…? X 쓰는 거 맞지?"), a tool whose words are reported ("…? X says …"), the other end of a relation
/// ("X랑 연결"), the word for the guide an opening names ("infra track에서"), or a word for where a thing is on the web
/// ("docs url"). None of them names an unknown thing, an unknown topic or an unknown part; off-topic questions that are
/// about such a word stay declined. Examples written for these tests, not evaluation questions.</summary>
public sealed class SideRoleTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("virsh 같은 걸로 vm 다루는 라이브러리", "virsh", true)] // an example, "like virsh"
    [InlineData("haproxy처럼 트래픽 나누는 거", "haproxy", true)]
    [InlineData("nginx 등 프록시 설정", "nginx", true)] // "nginx and such"
    [InlineData("nginx 등록 방법", "nginx", false)] // 등록 is no 등
    [InlineData("모니터링 대시보드는 뭘로 봐? grafana 쓰는 거 맞지?", "grafana", true)] // a guess, after the question
    [InlineData("grafana 쓰는 거 맞지?", "grafana", false)] // the guess is the question itself
    [InlineData("모니터링은 뭘로 해? grafana 설치 방법도 알려줘", "grafana", false)] // a second question, not a check
    [InlineData("which port does the dashboard use? curl says connection refused", "curl", true)] // a tool reporting
    [InlineData("curl says connection refused, how to fix", "curl", false)] // the report is the question
    public void A_word_the_sentence_gives_another_role_is_not_what_it_asks(string text, string word, bool side) =>
        Assert.Equal(side, QueryText.SideRole(text, word));

    [Theory]
    [InlineData("AWS에서 on-prem이랑 전용선 연결하는 서비스", "on prem", true)] // glued 이랑: with on-prem
    [InlineData("vpc와 peering 하는 법", "vpc", true)]
    [InlineData("on-prem 서버 구성 방법", "on prem", false)]
    public void A_word_before_a_particle_with_is_the_partner_of_a_relation(string text, string word, bool partner) =>
        Assert.Equal(partner, QueryText.Partner(text, word));

    [Theory]
    [InlineData("virsh 같은 걸로 가상머신 관리하는 라이브러리 뭐야?")] // an example as the first idea: no unknown topic
    [InlineData("마지막 주 CI 파이프라인은 뭘로 만들어? Jenkins 쓰는 거 맞지?")] // a guess to check: no unknown thing
    [InlineData("where can I find the cni docs url?")] // a word for a place on the web: no unknown thing
    public void A_word_in_another_role_does_not_decline_the_question(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.False(answer.Signals!.NamesUnknownThing);
        Assert.False(answer.Signals.TopicUnknown);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
    }

    [Theory]
    [InlineData("AWS에서 on-prem이랑 전용으로 연결하는 서비스 뭐였지")] // the other end of the connection
    [InlineData("infra track에서 모니터링 도구 뭐 배워?")] // where: the infra guide
    public void A_word_after_the_opening_that_is_no_part_of_it_asks_no_unknown_part(string question) =>
        Assert.False(Index.Answer(question, 3).Signals!.AsksUnknownPart);

    [Theory]
    [InlineData("react 같은 프레임워크 추천해줘")] // the example is all the question says
    [InlineData("webpack says module not found, how do I fix it")] // the tool's report is the question
    [InlineData("python docs url?")] // the thing whose docs are asked is unknown
    [InlineData("django랑 flask 차이")]
    public void Off_topic_questions_about_such_a_word_stay_declined(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
}
