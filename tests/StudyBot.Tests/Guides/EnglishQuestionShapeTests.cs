namespace StudyBot.Tests.Guides;

/// <summary>The answer type an English question's shape asks for: a number is asked by "how many" and "how much", not by
/// "many" as a quantifier before a noun; a count before the plural noun asked ("the 3 kinds of", "the 2 things that") asks
/// for a list of that many, not a definition. Examples written for these tests, not evaluation questions.</summary>
public sealed class EnglishQuestionShapeTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("how many worker nodes does the lab need")]
    [InlineData("how much memory should each vm get")]
    [InlineData("the final project is for how many developers?")]
    public void How_many_and_how_much_ask_a_number(string question) =>
        Assert.Equal(AnswerHint.Number, Index.Reader.Read(question).Hint);

    [Theory]
    [InlineData("which tools follow one request across many services", AnswerHint.Name)]
    [InlineData("what tool traces calls through many microservices", AnswerHint.Name)]
    [InlineData("why use ci when many people commit to one repo", AnswerHint.None)]
    [InlineData("is a network shared by many tenants covered", AnswerHint.None)]
    public void Many_before_a_noun_is_a_quantifier_not_a_number(string question, AnswerHint expected) =>
        Assert.Equal(expected, Index.Reader.Read(question).Hint);

    [Theory]
    [InlineData("what are the 3 kinds of autoscaling")]
    [InlineData("what are the three types of hypervisors")]
    [InlineData("what are the 2 things a controller uses to watch and queue work")]
    [InlineData("what other two things does the definition list")]
    public void A_count_before_the_plural_noun_asks_a_list(string question) =>
        Assert.Equal(AnswerHint.List, Index.Reader.Read(question).Hint);

    [Theory]
    // A count before a singular noun names a thing ("a 3 tier architecture"); a question already asking a name keeps it.
    [InlineData("what is a 3 tier architecture", AnswerHint.Definition)]
    [InlineData("which two building blocks does the platform guide name", AnswerHint.Name)]
    public void A_count_elsewhere_keeps_the_question_s_shape(string question, AnswerHint expected) =>
        Assert.Equal(expected, Index.Reader.Read(question).Hint);

    [Fact]
    public void The_kinds_asked_with_a_count_are_the_listed_kinds()
    {
        // The guides list the three autoscalers under "3가지 오토스케일링" in the day-5 session.
        var answer = Index.Answer("what are the 3 kinds of autoscaling in the course", 3);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.Contains("HPA", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Made up, off-topic: the shapes alone answer nothing.
    [InlineData("how many eggs go into a pancake batter")]
    [InlineData("what are the 3 kinds of pasta sauce")]
    [InlineData("why do many birds fly south in winter")]
    public void The_shape_alone_answers_no_off_topic_question(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
}
