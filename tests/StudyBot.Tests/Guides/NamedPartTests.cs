namespace StudyBot.Tests.Guides;

/// <summary>A question that names a part of the guides ("lab 5", "the advanced lab", "CNCF 기여 파트", "final project") — a
/// section whose own heading has two or more of its ideas or the whole of a term of two words or more, making a third of it —
/// looks for its other words there: that section and its
/// sub-sections count <see cref="AnswerTuning.NamedPart"/> more. Examples written for these tests, not evaluation
/// questions.</summary>
public sealed class NamedPartTests
{
    private static GuideIndex Index => SeedGuides.Index;

    private static IReadOnlyList<string> Named(string question)
    {
        Index.Search(Index.Reader.Read(question), 1, out var scores);
        return scores.Named.Select((named, s) => (named, s)).Where(x => x.named).Select(x => Index.Units.Sections[x.s].Key).ToArray();
    }

    [Fact]
    public void A_heading_with_two_of_the_questions_ideas_is_a_named_part()
    {
        Assert.Equal(["k8s-week3-part3#심화-lab-요소"], Named("advanced lab operator scaffolding tool"));
        Assert.Contains("k8s-week3-part3#-lab-5-운영-환경-구축-90분", Named("lab 5 logging node"));
    }

    [Fact]
    public void A_term_of_two_words_wholly_in_a_heading_is_a_named_part()
    {
        // "final project" (최종 프로젝트) is one idea, but as specific as two: the week 3 plan's final project is named, and
        // its requirements' "CNI: Calico" comes first.
        var project = Index.Units.Sections.Single(s => s.Guide == "k8s-week3-part3" && s.Heading.Contains("최종 프로젝트", StringComparison.Ordinal)).Key;
        Assert.Contains(project, Named("CNI used in the final project cluster"));
        Assert.Equal("k8s-week3-part3#구현-요구사항", Index.Search("CNI used in the final project cluster", 1).Single().Section.Key);

        // One word for the whole term is as specific: "capstone" is the glossary's 최종 프로젝트, which the heading writes.
        Assert.Contains(project, Named("CNI used in the capstone cluster"));
        Assert.Equal("k8s-week3-part3#구현-요구사항", Index.Search("CNI picked for the capstone cluster", 1).Single().Section.Key);

        // One word of it is not: "project" is also every role guide's "실습 프로젝트".
        Assert.DoesNotContain(project, Named("CNI used in the project cluster"));
    }

    [Fact]
    public void A_when_question_names_no_part_by_its_topics_term()
    {
        // "When" is answered by the plan (a stage of the roadmap), not by the competency its topic's term names.
        var cni = Index.Units.Sections.Single(s => s.Guide == "compute" && s.Heading.Contains("CNI", StringComparison.Ordinal)).Key;
        Assert.Contains(cni, Named("what do we learn about network plugins"));
        Assert.DoesNotContain(cni, Named("when do we learn about network plugins"));
    }

    [Fact]
    public void Two_words_in_a_long_title_are_chance_not_a_name()
    {
        // The 5-week course's title ends "…실습(5주 과정)": "lab" and "5" are two of its ten words.
        var title = Index.Units.Sections.First(s => s.Guide == "devops-k8s-5weeks" && s.Level == 1).Key;
        Assert.DoesNotContain(title, Named("lab 5 logging node"));
    }

    [Fact]
    public void The_section_under_the_named_part_comes_first_and_counts_more()
    {
        // The operator's tool is in "심화 Lab 요소 › Operator 개발"; the platform tools list (GitLab, …) has "tool" itself.
        const string Section = "k8s-week3-part3#operator-개발";
        const string Question = "advanced lab operator scaffolding tool";
        var hit = Index.Search(Question, 1).Single();
        Assert.Equal(Section, hit.Section.Key);

        using var without = Index.With(Index.Profile.Tuning with { NamedPart = 0 });
        var plain = without.Search(Question, 20).Single(h => h.Section.Key == Section);
        Assert.Equal(plain.Score * (1 + Index.Profile.Tuning.NamedPart), hit.Score, 3);
    }

    [Theory]
    [InlineData("인프라 가이드에서 로그 수집 대안", "infra-platform")]
    [InlineData("compute guide scheduler", "compute")]
    [InlineData("what does the networking track say about overlays", "networking")]
    public void A_guide_named_before_guide_or_track_is_a_named_part(string question, string guide)
    {
        // Its title, which all its sections are under: a guide is the largest part of the guides a question can name.
        Assert.Contains(Index.Units.Sections.First(s => s.Guide == guide).Key, Named(question));
    }

    [Theory]
    [InlineData("인프라쪽 모니터링 공부 범위", "infra-platform")]
    [InlineData("컴퓨트쪽에서 스케줄러 뭐 배워", "compute")]
    [InlineData("compute쪽 오버레이 예시", "compute")]
    public void A_guide_named_before_its_side_is_a_named_part(string question, string guide)
    {
        // "X쪽" is "the X side": the learner points at one guide as with "X 가이드".
        Assert.Contains(Index.Units.Sections.First(s => s.Guide == guide).Key, Named(question));
    }

    [Fact]
    public void A_side_that_is_no_guide_names_none()
    {
        // 왼쪽 (left), 양쪽 (both sides): 쪽 after a word that is not a guide's name.
        var titles = Index.Units.Sections.Where(s => s.Level == 1).Select(s => s.Key).ToArray();
        Assert.Empty(Named("왼쪽 메뉴 모니터링").Intersect(titles));
        Assert.Empty(Named("양쪽 클러스터 모니터링").Intersect(titles));
    }

    [Fact]
    public void A_word_two_guides_names_share_names_neither()
    {
        // "k8s" is in the names of the 5-week course and of the week 3 plan.
        var titles = Index.Units.Sections.Where(s => s.Level == 1).Select(s => s.Key).ToArray();
        Assert.Empty(Named("k8s guide logging").Intersect(titles));
    }

    [Fact]
    public void The_named_guides_section_comes_first()
    {
        // Service mesh is in the compute guide's "Cloud Network 및 CNI" too, which ranks first when nothing is named.
        const string Question = "networking 트랙 service mesh";
        Assert.Equal("networking#7-cloud-native-환경-개발", Index.Search(Question, 1).Single().Section.Key);
        using var without = Index.With(Index.Profile.Tuning with { NamedGuide = 0 });
        Assert.Equal("compute", without.Search(Question, 1).Single().Section.Guide);
    }
}
