namespace StudyBot.Tests.Guides;

/// <summary>A question asking what a thing is named or set to calls the part it asks for a field, a key or a value (필드,
/// 값): those words do not weigh against the line as a thing the guides never treat
/// (<see cref="AnswerSignals.TopicUntouched"/>). Examples written for these tests, not evaluation questions.</summary>
public sealed class SettingSlotWordsTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("CRD 만들 때 group 값은 뭐라고 적었지")]
    public void A_slot_word_of_a_name_question_leaves_the_topic_touched(string question) =>
        Assert.False(Index.Answer(question, 3).Signals!.TopicUntouched);

    [Theory]
    [InlineData("엑셀 시트에서 날짜 필드 값 이름 뭐였지")]
    [InlineData("what value should the tire pressure field be set to")]
    public void A_slot_word_of_another_thing_stays_declined(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
}
