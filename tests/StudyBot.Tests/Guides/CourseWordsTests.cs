namespace StudyBot.Tests.Guides;

/// <summary>Words naming the course or its parts ("the networking track", "수업때", "강의에서는") say where the learner met a
/// thing: guide talk, set aside for the coverage floor and never the question's unknown topic — while a question about
/// another course ("파이썬 강의 추천", "yoga class schedule") stays declined. Examples written for these tests, not
/// evaluation questions.</summary>
public sealed class CourseWordsTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("track", true)]
    [InlineData("chapter", true)]
    [InlineData("강의", true)]
    [InlineData("수업때", true)]
    [InlineData("트랙", true)]
    [InlineData("routing", false)]
    public void Words_naming_the_course_or_its_parts_are_course_words(string word, bool names) => Assert.Equal(names, CourseWords.Names(word));

    [Theory]
    [InlineData("수업때 배운 동적 라우팅 프로토콜 종류 뭐였지")]
    [InlineData("Dynamic routing protocols: which are listed in the networking track?")]
    public void A_course_word_is_set_aside_and_no_unknown_topic(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.False(answer.Signals!.TopicUnknown);
        Assert.Equal("networking", answer.Hits[0].Section.Guide);
    }

    [Theory]
    [InlineData("파이썬 강의 추천")]
    [InlineData("yoga class schedule")]
    [InlineData("요가 수업 시간표 알려줘")]
    [InlineData("best online course for learning guitar")]
    public void A_question_about_another_course_stays_declined(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
}
