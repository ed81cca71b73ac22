namespace StudyBot.Tests.Guides;

/// <summary>A learner describes a thing the guides name ("the event-driven scaler" for KEDA): the short definitions the
/// guides write beside a name (<see cref="GuideVocabulary.Definitions"/>) let the description's words reach the lines
/// that only name it, at <see cref="AnswerTuning.DefinedCredit"/>. Examples written for these tests, not evaluation
/// questions.</summary>
public sealed class DescribedNameTests
{
    private static readonly string Folder = Path.Combine(ContentPaths.FindContentRoot(), "guides");
    private static readonly GuideIndex Index = GuideIndex.Build(GuideLoader.Load(Folder), Glossary.Load(Folder));

    [Theory]
    [InlineData("- Jaeger: 분산 추적", "Jaeger", "분산 추적")]
    [InlineData("Nova (Compute Service)", "Nova", "compute service")]
    [InlineData("KEDA 이벤트 기반 스케일링", "KEDA", "이벤트 기반 스케일링")]
    [InlineData("- Kibana: 로그 분석 및 시각화", "Kibana", "로그 분석|로그 시각화")]
    public void A_line_of_a_name_and_what_it_is_is_a_definition(string line, string name, string descriptions)
    {
        var found = GuideVocabulary.Definitions([line]);
        Assert.All(found, d => Assert.Equal(name, d.Name));
        Assert.Equal(descriptions.Split('|'), found.Select(d => string.Join(' ', d.Description)));
    }

    [Theory]
    [InlineData("- Frontend: 모든 노드에 분산 배치")] // a sentence (particles), and a part, not a name
    [InlineData("EKS 에서 애플리케이션 배포")] // a particle on its own
    [InlineData("Workspace 활용")] // what is done with a thing
    [InlineData("NUMA 최적화")]
    [InlineData("CPU 할당 및 제한")] // two things done with it
    [InlineData("HPA (Horizontal Pod Autoscaler)")] // an expansion: a glossary pair, not a definition
    [InlineData("- Grafana: 대시보드 및 시각화")] // one word each
    [InlineData("Jaeger, Zipkin 등 분산 추적 도구를 사용한다")]
    public void Other_lines_are_not(string line) => Assert.Empty(GuideVocabulary.Definitions([line]));

    [Fact]
    public void The_guides_definitions_are_read_at_index_build() =>
        Assert.Contains(Index.Definitions, d => d.Name == "KEDA" && string.Join(' ', d.Description) == "이벤트 기반 스케일링");

    [Fact]
    public void A_described_thing_finds_the_line_that_only_names_it()
    {
        // The guides' fact about KEDA's origin names it only; the question describes it in the words of its definition.
        const string Question = "where did the event driven scaling tool start";
        var hit = Index.Search(Question, 1).Single();
        Assert.Equal("k8s-week3-part3#-fun-facts-1", hit.Section.Key);

        using var without = Index.With(Index.Profile.Tuning with { DefinedCredit = 0 });
        Assert.NotEqual(hit.Section.Key, without.Search(Question, 1).Single().Section.Key);
    }

    [Fact]
    public void Part_of_a_description_is_not_enough()
    {
        // Two of the three words of KEDA's definition (이벤트 기반, not 스케일링) describe event-driven architecture, not KEDA:
        // its lines gain nothing from them.
        var question = Index.Reader.Read("event driven architecture patterns");
        using var without = Index.With(Index.Profile.Tuning with { DefinedCredit = 0 });
        Assert.Equal(without.Engine.Score(question).Ranked, Index.Engine.Score(question).Ranked);
    }
}
