namespace StudyBot.Tests.Guides;

/// <summary>A name the guides mention only in passing — in a list or a stack line ("Frontend: React SPA", "Netflix, Uber 등"),
/// never under a heading of its own — weighs much by its rarity, yet the guides say nothing of it beyond the name: a
/// question asking how to use, set up or choose that thing is not answered by the line naming it
/// (<see cref="AnswerSignals.NamedInPassing"/>). A question about the thing as the guides name it stays answered.
/// Examples written for these tests, not evaluation questions.</summary>
public sealed class NamedInPassingTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("postgres replica lag")]
    [InlineData("vpn 로그인 하는 법")]
    [InlineData("netflix 구독 요금제 비교")]
    [InlineData("리액트 훅 공부해야 돼?")]
    [InlineData("넷플릭스 할인 방법")] // "Service Mesh: Netflix, Uber 등 …" gives the name as a value: one word asked of it is enough
    [InlineData("redis 메모리 몇기가 필요해")] // a number asked, and the line naming Redis gives none
    [InlineData("redis 캐시 무효화 전략")] // "Cache: Redis": 캐시 is another name of Redis there, not a second idea
    public void A_question_about_a_name_the_guides_only_list_is_declined(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.True(answer.Signals!.NamedInPassing);
        Assert.Equal(AnswerConfidence.None, answer.Confidence);
    }

    [Theory]
    [InlineData("what is the VPN used for")]
    [InlineData("VPN이 뭐야?")]
    [InlineData("Direct Connect vs VPN")]
    [InlineData("what database does the final project use")]
    [InlineData("최종 프로젝트 프론트엔드 뭐로 해?")]
    [InlineData("VPA updateMode 옵션")] // a key the VPA manifest sets: the code shows it, not a name dropped in passing
    public void A_question_about_the_name_as_the_guides_give_it_stays_answered(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.False(answer.Signals!.NamedInPassing);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
    }

    [Fact]
    public void A_question_asking_for_a_value_is_answered_by_the_line_naming_the_thing()
    {
        // The line names the setting and gives its values in words the question does not have.
        var answer = Index.Answer("VPA updateMode 값 종류는 뭐뭐야?", 3);
        Assert.False(answer.Signals!.NamedInPassing);
    }

    [Theory]
    [InlineData("리액트 강의는 누구 대상이야?")] // "Frontend: React SPA" gives React as its value: no name of whom it is for
    [InlineData("레디스 강의 누구 대상?")]
    public void A_name_asked_of_a_name_the_line_gives_as_its_value_is_declined(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.True(answer.Signals!.NamedInPassing);
        Assert.Equal(AnswerConfidence.None, answer.Confidence);
    }

    [Fact]
    public void A_manifest_field_is_no_list_giving_a_name_as_its_value()
    {
        // "kind: HTTPRoute" is syntax: the sample around it is about HTTPRoute, and its path is a name the block gives.
        var answer = Index.Answer("what path does the HTTPRoute sample match?", 3);
        Assert.False(answer.Signals!.NamedInPassing);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
    }

    [Fact]
    public void Only_a_rare_name_never_in_a_heading_is_in_passing()
    {
        var scores = Index.Engine.Score(Index.Reader.Read("netflix kubernetes framework"));
        // Netflix: one fun-fact line; Kubernetes: headings everywhere; framework: an everyday English word.
        Assert.Equal([true, false, false], scores.Passing);
    }
}
