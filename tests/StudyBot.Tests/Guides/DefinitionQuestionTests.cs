namespace StudyBot.Tests.Guides;

/// <summary>Definition questions (정의, 뜻, 의미, 개념, definition, "what is X") ask for the section named by their topic,
/// whose opening lines define it: the definition word is an answer-type hint, not a word to find in lines ("Application
/// 정의" in a broad section is not a definition of anything asked). Examples written for these tests, not evaluation
/// questions.</summary>
public sealed class DefinitionQuestionTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("가상화 뜻", "가상화")]
    [InlineData("가상화 정의가 뭐라고 돼있어", "가상화")] // a definition, not a name, however the rest is asked
    [InlineData("컨테이너 의미 알려줘", "컨테이너")]
    [InlineData("what is a container", "container")]
    [InlineData("definition of virtualization", "virtualization")]
    public void The_definition_word_is_a_hint_and_the_topic_is_the_only_idea(string question, string topic)
    {
        var read = Index.Reader.Read(question);
        Assert.Equal(AnswerHint.Definition, read.Hint);
        Assert.Equal(topic, Assert.Single(read.Concepts).Text);
    }

    [Theory]
    [InlineData("what does the lab use for storage")]
    [InlineData("how many replicas does the example use")]
    public void Other_questions_are_not_definitions(string question)
    {
        Assert.NotEqual(AnswerHint.Definition, Index.Reader.Read(question).Hint);
    }

    [Theory]
    [InlineData("가상화 정의가 뭐라고 돼있어", "devops-k8s-5weeks#가상화", "소프트웨어 기술을 이용해 컴퓨터와 네트워크")]
    [InlineData("what is a container", "devops-k8s-5weeks#컨테이너", "최소한의 실행 환경")]
    public void The_section_named_by_the_topic_wins_and_answers_with_its_opening_lines(string question, string section, string definition)
    {
        var answer = Index.Answer(question, 3);
        Assert.Equal(section, answer.Hits[0].Section.Key);
        Assert.Contains(definition, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_heading_made_of_the_questions_words_gets_the_definition_bonus()
    {
        // "가상화" is the topic; "가상화 기초" (a line) and "네트워크 가상화" have more than the topic and rank as before.
        var read = Index.Reader.Read("가상화 뜻");
        var plain = read with { Hint = AnswerHint.None };
        var scores = Index.Engine.Score(read);
        var before = Index.Engine.Score(plain);
        int Unit(string text) => Index.Units.Units.First(u => u.Text.Trim() == text).Id;
        Assert.Equal(before.Ranked[Unit("가상화")] * (1 + Index.Engine.Tuning.DefinitionBonus), scores.Ranked[Unit("가상화")], 6);
        Assert.Equal(before.Ranked[Unit("네트워크 가상화")], scores.Ranked[Unit("네트워크 가상화")], 6);
    }
}
