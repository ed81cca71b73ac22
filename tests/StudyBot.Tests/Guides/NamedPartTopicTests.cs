namespace StudyBot.Tests.Guides;

/// <summary>A question that names the part its best line is in by a term of that part's heading ("… 이벤트 드리븐 파트에
/// 나와?") asks what the part holds: its first word, unknown to the guides, is a thing looked for there, not a subject they
/// never treat (<see cref="AnswerSignals.TopicUnknown"/> is not raised). Numbers matching a heading name no part. Examples
/// written for these tests, not evaluation questions.</summary>
public sealed class NamedPartTopicTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Fact]
    public void An_unknown_first_word_looked_for_in_a_named_part_is_answered()
    {
        var answer = Index.Answer("지시랑 읽기 분리하는 패턴도 이벤트 드리븐 파트에 나와?", 3);
        Assert.False(answer.Signals!.TopicUnknown);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.Equal("networking#6-event-driven-아키텍처", answer.Hits[0].Section.Key);
    }

    [Fact]
    public void Without_the_part_named_the_unknown_first_word_still_counts()
    {
        Assert.True(Index.Answer("지시랑 읽기 분리하는 패턴도 있어?", 3).Signals!.TopicUnknown);
    }

    [Theory]
    [InlineData("부산 1박2일 코스 짜줘")] // "1", "2" against "1단계: 기초 (1-2개월)": numbers name no part
    [InlineData("제주도 맛집 추천도 이벤트 드리븐 파트에 있어?")] // the part named, but nothing of the question in it
    public void Off_topic_questions_stay_declined(string question)
    {
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }
}
