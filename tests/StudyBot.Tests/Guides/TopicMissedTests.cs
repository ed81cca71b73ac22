namespace StudyBot.Tests.Guides;

/// <summary>A question whose topic is a name the guides use ("terraform", "github actions") but that asks of it what they never
/// say is reached by its side words ("팀", "캐시", "보관") in sections without the name: that is not an answer
/// (<see cref="AnswerSignals.TopicMissed"/>). A question the sections with the name answer stays answered.
/// Examples written for these tests, not evaluation questions.</summary>
public sealed class TopicMissedTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("github actions 캐시 보관 기간 며칠임")]
    [InlineData("terraform 자격증 시험 비용")]
    public void A_question_answered_only_by_its_side_words_is_declined(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.True(answer.Signals!.TopicMissed);
        Assert.Equal(AnswerConfidence.None, answer.Confidence);
    }

    [Theory]
    [InlineData("github actions로 CI 하는 모듈 있어?")]
    [InlineData("terraform 기초는 몇단계에서 배워")]
    [InlineData("서브넷 AZ 리전 단위 설계")] // the best line has most of the question, the name aside
    public void A_question_the_sections_with_the_name_answer_stays_answered(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.False(answer.Signals!.TopicMissed);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
    }
}
