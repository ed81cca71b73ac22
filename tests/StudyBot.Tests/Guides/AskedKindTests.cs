namespace StudyBot.Tests.Guides;

/// <summary>Two ideas the guides write in another shape than the learner's word: a formula (공식) is a line written as an
/// equation, while most lines with the word 공식 mean "official" (공식 문서); and a name written as its parts
/// ("Operator = CRD + Controller + …") lists its components. Examples written for these tests, not evaluation
/// questions.</summary>
public sealed class AskedKindTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("operator 공식처럼 정리된 거 뭐였지")]
    [InlineData("what's the formula for an operator")]
    public void A_formula_is_the_line_written_as_an_equation(string question)
    {
        var best = Index.Search(question, 1).Single();
        Assert.Equal("k8s-week3-part3#-핵심-설명-2", best.Section.Key);
        Assert.Contains("Operator = CRD + Controller", Index.Answer(question, 1).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("오퍼레이터 구성 요소가 뭐야")]
    [InlineData("what are the components of an operator")]
    public void A_name_written_as_its_parts_lists_its_components(string question)
    {
        // 구성요소 (glued or apart) is one idea, component; "Operator = CRD + Controller + …" has it.
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains("components"));
        Assert.Equal("k8s-week3-part3#-핵심-설명-2", Index.Search(question, 1).Single().Section.Key);
    }
}
