namespace StudyBot.Tests.Guides;

/// <summary>A learner asks for a tool by what it does ("the tool that builds the cluster"), while the guides name the
/// tool without calling it one ("Kubebuilder로 간단한 Operator 생성", "Packer" over "이미지 빌드 자동화"): the names the
/// guides use as tools (<see cref="GuideVocabulary.Instruments"/>) are read as 도구 where the line is the name or uses
/// it, at <see cref="AnswerTuning.DefinedCredit"/>. Examples written for these tests, not evaluation questions.</summary>
public sealed class ToolNameTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("Terraform, Ansible, Packer를 활용한 인프라 자동화", "Terraform|Ansible|Packer")]
    [InlineData("Kubebuilder로 간단한 Operator 생성", "Kubebuilder")]
    [InlineData("kubeadm 이용 쿠버네티스 클러스터 구축", "kubeadm")]
    [InlineData("- 백업: Velero를 이용한 자동 백업", "Velero")]
    [InlineData("Helm, ArgoCD, Prow, Keycloak 등 도구 활용", "Helm|ArgoCD|Prow|Keycloak")]
    public void A_name_something_is_done_with_is_a_tool(string line, string names) =>
        Assert.Equal(names.Split('|'), GuideVocabulary.Instruments(line));

    [Theory]
    [InlineData("GitOps를 통한 배포 자동화")] // a way, not a tool
    [InlineData("Nova API를 활용한 인스턴스 관리 도구 개발")] // the tool is what the line builds
    [InlineData("Workspace 활용")] // what is done with a thing
    [InlineData("Operator SDK를 사용한 Operator 개발")] // an everyday English word first ("operator")
    [InlineData("Jaeger, Zipkin 등 분산 추적 도구를 사용한다")]
    public void Other_lines_name_no_tool(string line) => Assert.Empty(GuideVocabulary.Instruments(line));

    [Fact]
    public void The_guides_tools_are_read_at_index_build() =>
        Assert.Contains(Index.Definitions, d => d.Name == "Packer" && d.Description.SequenceEqual([GuideVocabulary.ToolKind]));

    [Fact]
    public void A_tool_asked_for_by_what_it_does_finds_the_line_naming_it()
    {
        // "Kubebuilder로 간단한 Operator 생성" never says 도구; the question asks for the tool that creates an operator.
        const string Question = "which tool creates a simple operator";
        var hit = Index.Search(Question, 1).Single();
        Assert.Equal("k8s-week3-part3#operator-개발", hit.Section.Key);

        using var without = Index.With(Index.Profile.Tuning with { DefinedCredit = 0 });
        Assert.NotEqual(hit.Section.Key, without.Search(Question, 1).Single().Section.Key);
    }

    [Fact]
    public void A_line_that_only_names_some_tool_gains_nothing()
    {
        // "Velero를 이용한 자동 백업" names a tool but nothing the question describes: it must not add to its section.
        var question = Index.Reader.Read("분산 추적 툴 뭐 써?");
        var velero = Enumerable.Range(0, Index.Units.Units.Count).Single(u => Index.Units.Units[u].Text.Contains("Velero를 이용한", StringComparison.Ordinal));
        using var without = Index.With(Index.Profile.Tuning with { DefinedCredit = 0 });
        Assert.Equal(without.Engine.Score(question).Ranked[velero], Index.Engine.Score(question).Ranked[velero]);
    }
}
