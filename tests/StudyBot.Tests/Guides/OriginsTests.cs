namespace StudyBot.Tests.Guides;

/// <summary>A learner asks where a thing or its name comes from ("이름 어디서 나온 말", "who first proposed", "came out
/// of"): the guides keep that trivia in a session's Fun Facts ("… 에서 유래", "… 의 합성어"), beside lines that only mention
/// the same name. The line telling an origin is then what fits the question, not any line naming a thing. Examples
/// written for these tests, not evaluation questions.</summary>
public sealed class OriginsTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("그라파나라는 이름은 어디서 나온 말이야", true)]
    [InlineData("Prometheus 이름 뜻 알려줘", true)]
    [InlineData("Operator 패턴은 어느 회사가 처음 제안했어?", true)]
    [InlineData("where did the name Prometheus come from originally", true)]
    [InlineData("which team did KEDA come out of", true)]
    [InlineData("오퍼레이터는 어떤 것들을 합친 개념이야", false)]
    [InlineData("프로메테우스는 메트릭을 어떻게 가져와", false)]
    [InlineData("what is the name of the tool for dashboards", false)]
    [InlineData("what does the name grafana mean", true)]
    [InlineData("프로메테우스라는 이름의 의미가 뭐야", true)]
    [InlineData("what is a named port", false)]
    public void A_question_asks_an_origin_only_with_a_word_for_where_a_thing_or_its_name_comes_from(string question, bool asks) =>
        Assert.Equal(asks, Index.Reader.Read(question).AsksOrigin);

    [Theory]
    [InlineData("그라파나 이름 뜻", AnswerHint.Name)]
    [InlineData("what does the name grafana mean", AnswerHint.Name)]
    [InlineData("이름 공간 정의 알려줘", AnswerHint.Definition)]
    public void Only_the_meaning_of_a_name_makes_a_definition_question_ask_a_name(string question, AnswerHint hint) =>
        // One reading for both (Origins.NameMeaningAsked): a name's meaning is where it comes from, which the guides write
        // as a fact about the thing; a definition that merely has the word "name" in it stays a definition.
        Assert.Equal(hint, Index.Reader.Read(question).Hint);

    [Theory]
    [InlineData("Prometheus 이름: 그리스 신화의 프로메테우스에서 유래", true)]
    [InlineData("Grafana: \"그래프\"와 \"아나\"(데이터)의 합성어", true)]
    [InlineData("Grafana: 대시보드 및 시각화", false)]
    public void A_line_tells_an_origin_with_the_guides_words_for_it(string line, bool tells) =>
        Assert.Equal(tells, Origins.Told(line));

    [Theory]
    [InlineData("그라파나라는 이름은 어디서 나온 말이야")]
    [InlineData("where did the name Prometheus come from originally")]
    [InlineData("Operator 패턴은 어느 회사가 처음 제안했어?")]
    public void An_origin_question_is_answered_from_the_fun_facts_that_tell_it(string question) =>
        Assert.StartsWith("k8s-week3-part3#-fun-facts", Index.Search(question, 1).Single().Section.Key, StringComparison.Ordinal);

    [Fact]
    public void A_question_about_the_thing_itself_still_finds_its_other_lines() =>
        Assert.DoesNotContain("fun-facts", Index.Search("그라파나 대시보드는 어떤 걸 구성해", 1).Single().Section.Key, StringComparison.Ordinal);
}
