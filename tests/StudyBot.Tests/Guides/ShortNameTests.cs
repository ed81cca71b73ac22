namespace StudyBot.Tests.Guides;

/// <summary>Short names learners type that the guides write in full: Korean clippings and loanwords (메쉬 for mesh, 동접 for
/// 동시 접속자, 프메 for Prometheus) and the OSI layers by number (L2 is Layer 2, as in ML2). The glossary gives them;
/// unknown, they weighed as an unknown word and declined answers. Examples are made up here, never evaluation questions.</summary>
public sealed class ShortNameTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("메쉬 실습에서 뭐 설치해?", "메쉬", "mesh")]
    [InlineData("동접 기준이 몇이야", "동접", "동시 사용자")]
    [InlineData("프메 알림은 어떻게 보내?", "프메", "prometheus")]
    [InlineData("which l2 plugin does neutron use", "l2", "layer 2")]
    public void A_short_name_is_read_as_the_guides_full_name(string question, string word, string full)
    {
        var answer = Index.Answer(question, 3);
        Assert.Contains(answer.Question!.Concepts, c => c.Text == word && c.Origin == WordOrigin.Guide && c.Alternatives.Contains(full));
    }

    [Theory]
    [InlineData("메쉬 와이파이 공유기 추천해줘")]
    [InlineData("게임 서버 동접 늘리는 법")]
    public void Off_topic_questions_with_a_short_name_stay_declined(string question)
    {
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }
}
