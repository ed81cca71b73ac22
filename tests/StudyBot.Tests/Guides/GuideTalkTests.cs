namespace StudyBot.Tests.Guides;

/// <summary>Words that say where in the guides the learner saw a thing ("예시", "example", "sample") are talk about the
/// guides, not of the topic: beside two or more other ideas the guides use, the coverage floor is judged without them
/// when the best line lacks them (<see cref="AnswerSignals.GuideTalkShare"/>). Alone or beside words of another topic
/// they change nothing. Examples written for these tests, not evaluation questions.</summary>
public sealed class GuideTalkTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Fact]
    public void A_well_covered_question_naming_an_example_is_answered()
    {
        var answer = Index.Answer("infra 쪽 operator 종류 예시로 들어? java 말고", 3);
        Assert.True(answer.Signals!.GuideTalkShare > 0);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
    }

    [Theory]
    [InlineData("자기소개서 예시 좀 보여줘")]
    [InlineData("예시 좀 들어줘 연애 상담")]
    [InlineData("example of a cover letter for a job")]
    [InlineData("sample size for a survey")]
    [InlineData("wedding speech example for my brother")]
    public void An_example_of_another_topic_stays_declined(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.Equal(0, answer.Signals!.GuideTalkShare);
        Assert.Equal(AnswerConfidence.None, answer.Confidence);
    }
}
