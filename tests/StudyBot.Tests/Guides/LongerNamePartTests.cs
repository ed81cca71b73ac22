namespace StudyBot.Tests.Guides;

/// <summary>A name the best line writes only as the first word of a longer name the question does not write ("Github
/// Actions"), asked with an everyday English word the guides never write and have only through a translation used in one
/// line ("organization": 조직 is said once, of cloud native): the learner asks of another part of that thing, which the
/// guides never treat, and the line alone does not answer (<see cref="AnswerSignals.TopicUntouched"/>). Examples written
/// for these tests, not evaluation questions.</summary>
public sealed class LongerNamePartTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("who can create a github organization")]
    [InlineData("make an organization on github")]
    [InlineData("github organization settings")]
    public void Another_part_of_a_longer_name_is_declined(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.True(answer.Signals!.TopicUntouched);
        Assert.Equal(AnswerConfidence.None, answer.Confidence);
    }

    [Theory]
    [InlineData("how is CI built with github actions")]
    [InlineData("github actions로 CI 구축하는 법")]
    [InlineData("which gRPC call styles are there")]
    public void The_name_as_the_guides_write_it_stays_answered(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.False(answer.Signals!.TopicUntouched);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
    }
}
