namespace StudyBot.Tests.Guides;

/// <summary>Two ideas the guides write in another shape than the learner's word: a tool asked for by name ("어떤 툴 …",
/// "which tool …") is named in the guides without the word "도구", so the word weighs little in ranking there
/// (<see cref="AnswerTuning.AskedKindWeight"/>); and a formula (공식) is a line written as an equation, while most lines
/// with the word 공식 mean "official" (공식 문서). Examples written for these tests, not evaluation questions.</summary>
public sealed class AskedKindTests
{
    private static readonly string Folder = Path.Combine(ContentPaths.FindContentRoot(), "guides");
    private static readonly GuideIndex Index = GuideIndex.Build(GuideLoader.Load(Folder), Glossary.Load(Folder));

    private static double ToolWeight(string question)
    {
        var read = Index.Reader.Read(question);
        Index.Search(read, 1, out var scores);
        var k = read.Concepts.ToList().FindIndex(c => c.Alternatives.Contains("도구"));
        Assert.True(k >= 0, "the question has a tool word");
        return scores.Weights[k];
    }

    [Theory]
    [InlineData("어떤 툴로 배포 자동화해?")]
    [InlineData("무슨 도구로 이미지 빌드해?")]
    [InlineData("which tool traces requests")]
    [InlineData("what's the tool for provisioning bare metal")]
    public void The_tool_a_name_question_asks_for_weighs_little(string question) =>
        Assert.Equal(Index.Profile.Tuning.AskedKindWeight, ToolWeight(question));

    [Theory]
    [InlineData("which login provider does the platform tools section name")]
    [InlineData("도구 개발은 어디서 다뤄?")]
    public void A_tool_word_that_is_not_the_asked_kind_keeps_its_weight(string question) =>
        Assert.True(ToolWeight(question) > Index.Profile.Tuning.AskedKindWeight);

    [Fact]
    public void The_section_naming_the_tool_comes_before_one_about_building_tools()
    {
        // The GitOps week (ArgoCD, Helm) against the infra guide's "Cloud-native 플랫폼 구성 도구".
        const string GitOps = "devops-k8s-5weeks#5-gitops를-이용한-배포-서비스-자동화";
        const string Question = "어떤 툴로 배포 자동화해?";
        Assert.Equal(GitOps, Index.Search(Question, 1).Single().Section.Key);

        using var without = Index.With(Index.Profile.Tuning with { AskedKindWeight = 100 });
        Assert.NotEqual(GitOps, without.Search(Question, 1).Single().Section.Key);
    }

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
