namespace StudyBot.Tests.Guides;

/// <summary>Sections near the first (see <see cref="AnswerTuning.LineDecides"/>) are told apart by their best lines: a
/// section ahead only by what its other lines add yields to one whose best line scores clearly higher and has every idea
/// the first's best line has. Examples written for these tests, not evaluation questions.</summary>
public sealed class LineDecidesTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Fact]
    public void The_section_whose_best_line_answers_comes_first()
    {
        // The compute guide's "실습:" label is ahead by its other lines; the lab set-up's "서브넷 정보: ap-northeast-2a"
        // is the line that answers — even where the zone's code is not read as an availability zone (ValueKinds).
        const string Question = "which availability zone for the lab subnet?";
        using var unread = Index.With(Index.Profile.Tuning with { ValueKindCredit = 0 });
        Assert.Equal("devops-k8s-5weeks#2-실습-환경-구성-aws", unread.Search(Question, 1).Single().Section.Key);

        using var without = Index.With(Index.Profile.Tuning with { LineDecides = 0, ValueKindCredit = 0 });
        Assert.NotEqual("devops-k8s-5weeks#2-실습-환경-구성-aws", without.Search(Question, 1).Single().Section.Key);
    }

    [Fact]
    public void Scores_keep_their_values_and_order()
    {
        // Ranked as the search ranks them, with each section's plain BM25 share.
        const string Text = "which availability zone for the lab subnet?";
        var question = Index.Reader.Read(Text);
        using var unread = Index.With(Index.Profile.Tuning with { ValueKindCredit = 0 });
        var with = unread.Engine.RankSections(unread.Engine.Score(question), null, unread.LexicalScores(Text));
        using var without = Index.With(Index.Profile.Tuning with { LineDecides = 0, ValueKindCredit = 0 });
        var plain = without.Engine.RankSections(without.Engine.Score(question), null, without.LexicalScores(Text));
        Assert.NotEqual(plain[0].Section, with[0].Section);
        Assert.Equal(plain.Select(r => r.Score), with.Select(r => r.Score));
        Assert.Equal(plain.Select(r => r.Section).Order(), with.Select(r => r.Section).Order());
    }

    [Fact]
    public void A_question_asking_the_rest_of_a_list_is_left_as_it_is()
    {
        // The first's other lines are the rest of the list asked for.
        var question = Index.Reader.Read("tunneling protocols other than vxlan that i should know?");
        Assert.Equal(AnswerHint.List, question.Hint);
        var with = Index.Engine.RankSections(Index.Engine.Score(question));
        using var without = Index.With(Index.Profile.Tuning with { LineDecides = 0 });
        var plain = without.Engine.RankSections(without.Engine.Score(question));
        Assert.Equal(plain.Select(r => r.Section), with.Select(r => r.Section));
    }

    [Fact]
    public void A_near_copy_with_one_more_idea_comes_first()
    {
        // Two guides write the query language nearly alike: the Week 3 outline's "PromQL (쿼리 언어)" and the platform
        // guide's "메트릭 쿼리 (PromQL)" under "메트릭 수집" — only the second has the question's "collection" too.
        const string Question = "metrics collection: which query language?";
        Assert.Equal("infra-platform#5-모니터링-및-가시성", Index.Search(Question, 1).Single().Section.Key);

        using var without = Index.With(Index.Profile.Tuning with { CopyDecides = 0 });
        Assert.Equal("k8s-week3-part3#-핵심-설명", without.Search(Question, 1).Single().Section.Key);
    }

    [Fact]
    public void A_first_section_whose_best_line_is_code_keeps_its_place()
    {
        // The Week 3 autoscaling block ("# Cluster Autoscaler - 노드 개수 조정" … "# AWS: Auto Scaling Group") is shown
        // whole; the project's requirement block ("- Master Node: 3개 (HA 구성)" under 구현 요구사항) comes within the
        // near-copy margin with a better best line that adds the question's "implemented" — it must not pass over code.
        const string Question = "how is adding nodes to a full cluster implemented on aws?";
        var question = Index.Reader.Read(Question);
        var with = Index.Engine.RankSections(Index.Engine.Score(question), null, Index.LexicalScores(Question));
        Assert.Equal("k8s-week3-part3#-핵심-설명-1", Index.Units.Sections[with[0].Section].Key);
        Assert.Equal(UnitKind.CodeLine, Index.Units.Units[with[0].Unit].Kind);
        Assert.Equal("k8s-week3-part3#구현-요구사항", Index.Units.Sections[with[1].Section].Key);
        Assert.True(with[1].Score >= (1 - Index.Profile.Tuning.CopyDecides) * with[0].Score);

        using var without = Index.With(Index.Profile.Tuning with { LineDecides = 0, CopyDecides = 0 });
        var plain = without.Engine.RankSections(without.Engine.Score(question), null, without.LexicalScores(Question));
        Assert.Equal(plain.Select(r => r.Section), with.Select(r => r.Section));
    }
}
