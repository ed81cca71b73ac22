namespace StudyBot.Tests.Guides;

/// <summary>A learner describes a thing the guides name ("the event-driven scaler" for KEDA): the short definitions the
/// guides write beside a name (<see cref="GuideVocabulary.Definitions"/>) let the description's words reach the lines
/// that only name it, at <see cref="AnswerTuning.DefinedCredit"/>. Examples written for these tests, not evaluation
/// questions.</summary>
public sealed class DescribedNameTests
{
    private static GuideIndex Index => SeedGuides.Index;

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
    public void A_description_is_also_read_with_its_head_as_the_glossary_writes_it()
    {
        // One glossary group writes "수평 확장" and "수평 스케일링": 확장 stands for the head 스케일링, not for a word that
        // qualifies a head ("디스크 공간" / "저장 공간" does not make "로그 저장" "로그 디스크").
        var glossary = new Glossary([["수평 확장", "수평 스케일링"], ["디스크 공간", "저장 공간"]], []);
        var found = GuideVocabulary.Bridged(GuideVocabulary.Definitions(["KEDA 이벤트 기반 스케일링", "- Elasticsearch: 로그 저장 및 검색"]), glossary);
        Assert.Contains(found, d => d.Name == "KEDA" && string.Join(' ', d.Description) == "이벤트 기반 확장");
        Assert.DoesNotContain(found, d => d.Description.Contains("디스크"));
        Assert.Contains(Index.Definitions, d => d.Name == "KEDA" && string.Join(' ', d.Description) == "이벤트 기반 확장");
    }

    [Fact]
    public void Most_of_a_description_by_rarity_names_the_thing()
    {
        // 이벤트 and 확장 (the pods grow: 늘리다) of "KEDA 이벤트 기반 확장" — not 기반, a word of many lines: the lines
        // naming KEDA gain the ideas the question has, at the share it has.
        var question = Index.Reader.Read("이벤트 보고 파드 늘리는 오픈소스");
        var scores = Index.Engine.Score(question);
        var keda = Enumerable.Range(0, Index.Units.Units.Count).Single(u => Index.Units.Units[u].Text.StartsWith("KEDA: Azure", StringComparison.Ordinal));
        var events = question.Concepts.ToList().FindIndex(c => c.Text == "이벤트");
        Assert.InRange(scores.Own[events][keda], 0.3, Index.Profile.Tuning.DefinedCredit);

        using var whole = Index.With(Index.Profile.Tuning with { DefinedShare = 1 });
        Assert.Equal(0, whole.Engine.Score(question).Own[events][keda]);
    }

    [Fact]
    public void A_doer_noun_is_what_it_does_in_a_description()
    {
        // "메트릭 수집기" (a collector: 수집 + 機) is the thing that does Prometheus' "메트릭 수집": the line that only
        // names Prometheus gains the question's ideas, while 수집기 alone stays no 수집 in the glossary (a collector).
        var question = Index.Reader.Read("메트릭 수집기 이름 유래");
        var scores = Index.Engine.Score(question);
        var name = Enumerable.Range(0, Index.Units.Units.Count).Single(u => Index.Units.Units[u].Text.StartsWith("Prometheus 이름", StringComparison.Ordinal));
        var collector = question.Concepts.ToList().FindIndex(c => c.Text == "수집기");
        Assert.DoesNotContain("수집", question.Concepts[collector].Alternatives);
        Assert.Equal(Index.Profile.Tuning.DefinedCredit, scores.Own[collector][name], 3);

        using var without = Index.With(Index.Profile.Tuning with { DefinedCredit = 0 });
        Assert.Equal(0, without.Engine.Score(question).Own[collector][name]);
    }

    [Fact]
    public void One_everyday_word_of_a_description_is_not_enough()
    {
        // 수집 ("collection") of Prometheus' "메트릭 수집": half its words, less than most of its rarity.
        var question = Index.Reader.Read("how should I pick a key for a collection");
        using var whole = Index.With(Index.Profile.Tuning with { DefinedShare = 1 });
        Assert.Equal(whole.Engine.Score(question).Ranked, Index.Engine.Score(question).Ranked);
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
    [Fact]
    public void A_glossary_description_is_a_definition_of_each_name_read_whole()
    {
        // A made-up description: its words bare (no particle, no stop word), one definition per name it reads as, read
        // only with every word; a description of one word is the glossary's alone, and a short form is no description.
        var glossary = new Glossary([["잘게 나눈 서비스를", "widget", "위젯"], ["one of a", "gizmo"], ["기즈", "gizmo"], ["넷폴", "network policy"]],
            ["of", "a"], ["description: 잘게…", "description: one of a", "description: 기즈", "short form: 넷폴"], [0, 1, 2, 3]);
        var found = GuideVocabulary.GlossaryDescriptions(glossary);
        Assert.Equal(["widget", "위젯"], found.Select(d => d.Name));
        Assert.All(found, d => Assert.Equal(["잘게", "나눈", "서비스"], d.Description));
        Assert.All(found, d => Assert.True(d.Whole));
    }

    [Fact]
    public void A_glossary_description_said_apart_reaches_the_lines_naming_the_thing()
    {
        // "object cache" is the glossary's description of the Informer; said apart ("a cache of the objects") it was two
        // everyday words the Informer line lacks. Each counts at DefinedCredit there; one word of it alone does not.
        var informer = Enumerable.Range(0, Index.Units.Units.Count).First(u => Index.Units.Units[u].Text == "Informer 및 Workqueue");
        var question = Index.Reader.Read("a controller that keeps a cache of the objects it watches");
        var scores = Index.Engine.Score(question);
        var cache = question.Concepts.ToList().FindIndex(c => c.Text == "cache");
        var objects = question.Concepts.ToList().FindIndex(c => c.Text == "objects");
        Assert.Equal(Index.Profile.Tuning.DefinedCredit, scores.Own[cache][informer], 3);
        Assert.Equal(Index.Profile.Tuning.DefinedCredit, scores.Own[objects][informer], 3);

        var alone = Index.Reader.Read("a controller that keeps a cache");
        Assert.Equal(0, Index.Engine.Score(alone).Own[alone.Concepts.ToList().FindIndex(c => c.Text == "cache")][informer]);
    }
}
