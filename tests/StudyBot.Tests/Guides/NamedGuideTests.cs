namespace StudyBot.Tests.Guides;

/// <summary>A question that names a guide ("the networking guide", "compute쪽") says where the answer is: the guide's
/// sections count <see cref="AnswerTuning.NamedGuide"/> more — a prior of its own, stronger than a part named by its
/// heading's words — so the same fact in another guide's section ranks after it. Examples written for these tests, not
/// evaluation questions.</summary>
public sealed class NamedGuideTests
{
    private static GuideIndex Index => SeedGuides.Index;

    private static AnswerEngine.Scores Scores(string question)
    {
        Index.Search(Index.Reader.Read(question), 1, out var scores);
        return scores;
    }

    private static bool Named(string question, string section)
    {
        var sections = Index.Units.Sections;
        return Scores(question).Named[Enumerable.Range(0, sections.Count).Single(s => sections[s].Key == section)];
    }

    [Fact]
    public void The_named_guide_is_read_apart_from_the_parts()
    {
        Assert.Equal("networking", Scores("networking 트랙 service mesh").Guide);
        Assert.Equal("compute", Scores("compute쪽 오버레이 예시").Guide);
        Assert.Null(Scores("service mesh 예시").Guide);
    }

    [Fact]
    public void The_named_guides_sections_count_more_than_a_named_part()
    {
        Assert.True(Index.Profile.Tuning.NamedGuide > Index.Profile.Tuning.NamedPart);
        const string Section = "networking#7-cloud-native-환경-개발";
        const string Question = "networking 트랙 service mesh";
        var hit = Index.Search(Question, 20).Single(h => h.Section.Key == Section);
        using var without = Index.With(Index.Profile.Tuning with { NamedGuide = 0 });
        var plain = without.Search(Question, 20).Single(h => h.Section.Key == Section);
        Assert.Equal(plain.Score * (1 + Index.Profile.Tuning.NamedGuide), hit.Score, 3);
    }

    [Fact]
    public void A_part_of_the_named_guide_counts_once()
    {
        // "NFV … SDN" names the networking guide's "네트워크 가상화 (NFV, SDN)" too: the larger prior, not both.
        const string Section = "networking#4-네트워크-가상화-nfv-sdn";
        const string Question = "networking track nfv sdn";
        Assert.True(Named(Question, Section));
        var hit = Index.Search(Question, 20).Single(h => h.Section.Key == Section);
        using var without = Index.With(Index.Profile.Tuning with { NamedGuide = 0, NamedPart = 0 });
        var plain = without.Search(Question, 20).Single(h => h.Section.Key == Section);
        Assert.Equal(plain.Score * (1 + Index.Profile.Tuning.NamedGuide), hit.Score, 3);
    }

    [Fact]
    public void The_word_naming_the_guide_names_no_part_of_it()
    {
        // "networking" before "guide" is the guide, not a second idea of "1. 네트워크 프로토콜 및 시스템 설계".
        const string Protocols = "networking#1-네트워크-프로토콜-및-시스템-설계";
        Assert.False(Named("networking guide protocol list", Protocols));
        Assert.True(Named("networking protocol list", Protocols));
    }

    [Theory]
    [InlineData("the platform roadmap gitops stage", "infra-platform")]
    [InlineData("네트워킹 로드맵 2단계", "networking")]
    [InlineData("compute position scheduler", "compute")]
    [InlineData("인프라 과정 모니터링", "infra-platform")]
    [InlineData("the 5-week course helm module", "devops-k8s-5weeks")]
    [InlineData("5 week course helm module", "devops-k8s-5weeks")]
    [InlineData("5주 과정 helm 모듈", "devops-k8s-5weeks")]
    public void A_course_roadmap_or_position_names_its_guide(string question, string guide)
    {
        // The guides call themselves a study guide for a position, with a roadmap; the 5-week course is named by its length.
        Assert.Equal(guide, Scores(question).Guide);
    }

    [Theory]
    [InlineData("설치 과정 모니터링")]
    [InlineData("operator 동작 과정")]
    [InlineData("the 3 week course helm module")]
    public void A_process_or_another_length_names_no_guide(string question)
    {
        // 과정 after a word no guide's name has is a process; no guide is three weeks long.
        Assert.Null(Scores(question).Guide);
    }
    [Theory]
    [InlineData("컴퓨팅 가이드는 누굴 위한 거야?", true)]
    [InlineData("네트워킹 가이드가 어느 포지션 기준이야", true)]
    [InlineData("인프라 스터디가이드 이거 누구용임", true)]
    [InlineData("who is the networking guide for?", true)]
    [InlineData("컴퓨팅 가이드에서 포지션 개요 보여줘", false)]
    [InlineData("in the compute guide which scheduler is listed", false)]
    [InlineData("가이드 목록", false)]
    public void The_guide_is_the_subject_with_a_subject_particle_or_before_for(string question, bool subject) =>
        Assert.Equal(subject, AnswerEngine.GuideIsSubject(question));

    [Theory]
    [InlineData("네트워킹 가이드가 어느 포지션 기준이야", "networking")]
    [InlineData("컴퓨팅 가이드는 어느 회사 포지션 대상이야?", "compute")]
    [InlineData("who is the networking guide for?", "networking")]
    public void A_question_about_the_guide_itself_is_answered_by_its_title_section(string question, string guide)
    {
        var first = Index.Search(question, 3)[0].Section;
        Assert.Equal(guide, first.Guide);
        Assert.Equal(Index.Units.Sections.First(s => s.Guide == guide).Key, first.Key);

        // Without the bonus the overview or a section sharing a side word comes first: the rule is what moves it.
        using var without = Index.With(Index.Profile.Tuning with { GuideSubject = 0 });
        Assert.NotEqual(first.Key, without.Search(question, 3)[0].Section.Key);
    }

    [Fact]
    public void A_guide_asked_of_as_the_place_keeps_its_sections_order()
    {
        const string Question = "컴퓨팅 가이드에서 스케줄러 종류";
        using var without = Index.With(Index.Profile.Tuning with { GuideSubject = 0 });
        Assert.Equal(without.Search(Question, 5).Select(h => h.Section.Key), Index.Search(Question, 5).Select(h => h.Section.Key));
    }

    [Fact]
    public void A_guide_is_named_by_its_own_description()
    {
        // "데이터센터 … 자동화" is in the infra guide's overview opening, not its file name; "운영 쪽" alone names nothing.
        Assert.Equal("infra-platform", Scores("데이터센터 자동화 포지션에서 operator 짤 때 쓰는 도구").Guide);
        Assert.Equal("infra-platform", Scores("on the datacenter automation track, which controller building blocks").Guide);
        Assert.Equal("infra-platform", Scores("데이터센터 자동화 쪽 오픈소스 기여").Guide);
        Assert.Null(Scores("운영 쪽 내용은 어느 파트에 있어").Guide);
    }

    [Fact]
    public void The_naming_words_count_less_in_the_guides_description_of_itself()
    {
        // Asked of something else, the overview no longer ranks first on the naming words alone; asked of the position's
        // goal, which the overview states, the overview still answers.
        const string Overview = "infra-platform#포지션-개요";
        const string Question = "데이터센터 자동화 포지션 공부중인데 operator 종류로 Helm 말고 playbook 기반으로 짜는 거";
        Assert.NotEqual(Overview, Index.Search(Question, 1).Single().Section.Key);
        using var without = Index.With(Index.Profile.Tuning with { NamingWords = 0 });
        Assert.Equal(Overview, without.Search(Question, 1).Single().Section.Key);
        Assert.Equal(Overview, Index.Search("what's the overall goal of the infra platform position, in short?", 1).Single().Section.Key);
    }

    [Fact]
    public void The_word_for_the_guide_itself_counts_less_in_every_line()
    {
        // 직무 names the infra position (its overview: "포지션 개요"), not a Kubernetes RBAC Role ("Role 작성 및 재사용"
        // in its IaC part): the self-check list it asks of ranks first, as it did not when 직무 counted whole there.
        const string Question = "인프라 직무 점검하는 목록에 관측 항목 뭐라고 적혀있어";
        Assert.Equal("infra-platform#체크리스트", Index.Search(Question, 1).Single().Section.Key);
        using var without = Index.With(Index.Profile.Tuning with { NamingElsewhere = 0 });
        Assert.Equal("infra-platform#3-infrastructure-as-code-iac", without.Search(Question, 1).Single().Section.Key);
    }
}
