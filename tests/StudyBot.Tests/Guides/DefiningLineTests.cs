namespace StudyBot.Tests.Guides;

/// <summary>"What does X do" (X가 하는 일, X는 뭐하는 거야, what does a X do) asks what X is, as "what is X" does; and
/// where no heading is the topic, a sentence opening with the topic as its subject ("하이퍼바이저라는 프로그램이 …")
/// answers it rather than a label that only names it (<see cref="AnswerTuning.DefiningLine"/>). Examples written for
/// these tests, not evaluation questions.</summary>
public sealed class DefiningLineTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("하이퍼바이저가 하는 일 알려줘")]
    [InlineData("컨테이너는 뭐하는 거야")]
    [InlineData("쿠버네티스는 무슨 일을 해?")]
    [InlineData("what does a hypervisor do")]
    [InlineData("what does the controller actually do")]
    public void What_a_thing_does_is_a_definition_question(string question) =>
        Assert.Equal(AnswerHint.Definition, Index.Reader.Read(question).Hint);

    [Theory]
    [InlineData("what do we do in the lab")]
    [InlineData("what do people do after the course")]
    public void What_we_do_is_not(string question) =>
        Assert.NotEqual(AnswerHint.Definition, Index.Reader.Read(question).Hint);

    [Theory]
    [InlineData("하이퍼바이저라는 프로그램이 가상으로 서버를 만든다", true)]
    [InlineData("컨테이너는 애플리케이션을 격리한다", true)]
    [InlineData("- A container is a unit of software", true)]
    [InlineData("하이퍼바이저 유형 (Type 1, Type 2)", false)]
    [InlineData("하이퍼바이저 통합 (KVM, QEMU 등)", false)]
    [InlineData("KVM 하이퍼바이저는 커널 모듈이다", false)]
    public void A_sentence_opening_with_its_topic_as_subject_defines_it(string line, bool defines) =>
        Assert.Equal(defines, AnswerEngine.Defines(line, ["하이퍼바이저", "hypervisor", "컨테이너", "container"]));

    [Fact]
    public void The_defining_sentence_comes_before_labels_naming_the_topic()
    {
        const string Question = "하이퍼바이저는 뭐하는 거야";
        Assert.Equal("devops-k8s-5weeks#가상화", Index.Search(Question, 1).Single().Section.Key);

        using var without = Index.With(Index.Profile.Tuning with { DefiningLine = 0 });
        Assert.NotEqual("devops-k8s-5weeks#가상화", without.Search(Question, 1).Single().Section.Key);
    }
}
