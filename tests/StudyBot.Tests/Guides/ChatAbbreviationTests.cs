namespace StudyBot.Tests.Guides;

/// <summary>Chat and prose abbreviations (etc, asap, fyi, imo …) are how a learner talks, not what is asked: read as ideas
/// they looked like names the guides never write and withheld answers. Examples are made up here, never evaluation
/// questions.</summary>
public sealed class ChatAbbreviationTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("fyi how do i pick an EC2 instance type", "fyi")]
    [InlineData("pls tell me how HPA calculates replicas asap", "asap")]
    [InlineData("HPA VPA KEDA etc 차이 뭐임", "etc")]
    [InlineData("imo what is the simplest way to expose a Service", "imo")]
    public void An_abbreviation_is_no_idea_of_the_question(string question, string abbreviation)
    {
        var answer = Index.Answer(question, 3);
        Assert.DoesNotContain(answer.Question!.Concepts, c => c.Text == abbreviation);
        Assert.False(answer.Signals!.NamesUnknownThing);
    }

    [Fact]
    public void A_question_ending_in_asap_is_answered_as_without_it()
    {
        var plain = Index.Answer("how does HPA calculate replicas", 3);
        var hurried = Index.Answer("how does HPA calculate replicas asap", 3);
        Assert.Equal(plain.Confidence, hurried.Confidence);
        Assert.Equal(plain.Hits[0].Section.Key, hurried.Hits[0].Section.Key);
    }
}
