namespace StudyBot.Tests.Guides;

/// <summary>A question that names, as the place it looks in, the label its best line is or hangs from — a list item with
/// items under it, every word of it one of the question's ideas ("… 고가용성 설계에서 뭐라고 나와?") — and asks for a name
/// or a list asks what that list calls the thing it describes: its first word, unknown to the guides, is a thing looked
/// for there, not a subject they never treat (<see cref="AnswerSignals.TopicUnknown"/> is not raised). Examples written for these tests, not evaluation questions.</summary>
public sealed class NamedLabelTopicTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("정전 한번 나도 옆으로 안 퍼지게 하는거 고가용성 설계에서 뭐라고 나와?")]
    [InlineData("정전 한번 나도 옆으로 안 퍼지게 하는거 고가용성 설계 쪽에선 뭐라고 불러?")]
    public void An_unknown_first_word_looked_for_under_a_named_label_is_answered(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.False(answer.Signals!.TopicUnknown);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.Contains(answer.Lines, l => l.Text.Contains("장애 격리", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("정전 한번 나도 옆으로 안 퍼지게 하는거 뭐라고 나와?")] // no label named
    [InlineData("정전 한번 나도 옆으로 안 퍼지게 하는 고가용성 설계 어떻게 해?")] // the label's words asked of, not looked in
    public void Without_the_label_named_as_a_place_the_unknown_first_word_still_counts(string question)
    {
        Assert.True(Index.Answer(question, 3).Signals!.TopicUnknown);
    }

    [Theory]
    [InlineData("몽고디비 고가용성 설계 어떻게 해?")]
    [InlineData("맥북 초기화도 고가용성 설계에서 다뤄?")] // the label named, but no name asked: nothing of the question under it
    public void Off_topic_questions_stay_declined(string question)
    {
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }
}
