namespace StudyBot.Tests.Guides;

/// <summary>A question asking for a name, a number or a time is answered by what the guides say of its topic, written
/// "subject: what is said of it" ("팀 구성: 2-3명씩 팀 구성"): such a line, its subject made of the question's words, counts
/// up to <see cref="AnswerTuning.SubjectBonus"/> more than a line that only mentions the topic. Not for a definition
/// question, nor the rest of a list, nor a line of code (a fence's outline written as YAML, "- 백업: Velero를 이용한 자동 백업",
/// is text). Examples written for these tests, not evaluation questions.</summary>
public sealed class SubjectLineTests
{
    private static GuideIndex Index => SeedGuides.Index;

    /// <summary>The ranking score of the line whose text is <paramref name="line"/>, with the default tuning and without the
    /// subject bonus.</summary>
    private static (double With, double Without) LineScores(string question, string line)
    {
        var unit = Index.Units.Units.Single(u => u.Text == line).Id;
        using var without = Index.With(Index.Profile.Tuning with { SubjectBonus = 0 });
        return (Index.Engine.Score(Index.Reader.Read(question)).Ranked[unit], without.Engine.Score(without.Reader.Read(question)).Ranked[unit]);
    }

    [Fact]
    public void A_number_question_ranks_the_line_that_gives_its_topic_a_value_first()
    {
        // "팀 구성: 2-3명씩 …" gives the team its size; "동시 사용자 100명" and "개발팀 3명, 운영팀 2명이 …" only have a
        // number beside a word of the question.
        const string Question = "how many people per team";
        Assert.Equal("k8s-week3-part3#프로젝트-진행-방식", Index.Search(Question, 1).Single().Section.Key);
        var (with, without) = LineScores(Question, "팀 구성: 2-3명씩 팀 구성 (역할 분담)");
        Assert.True(with > without);
    }

    [Fact]
    public void A_name_question_counts_the_line_about_its_topic_more()
    {
        var (with, without) = LineScores("who started KEDA", "KEDA: Azure Functions 팀에서 시작된 오픈소스");
        Assert.True(with > without);

        // A line that only mentions the topic has no subject.
        var (mention, plain) = LineScores("who started KEDA", "KEDA 이벤트 기반 스케일링");
        Assert.Equal(plain, mention);
    }

    [Fact]
    public void A_fence_line_written_as_a_prose_pair_counts_its_subject()
    {
        // The final project's requirements are an outline written as YAML: "- Secret 관리: External Secrets Operator" says
        // what the project manages secrets with, as a line of text would.
        var (with, without) = LineScores("which secret manager does the project use", "- Secret 관리: External Secrets Operator");
        Assert.True(with > without);
    }

    [Fact]
    public void A_definition_or_list_question_does_not_count_the_subject()
    {
        // The guides' "X: …" lines are facts about X (where it started), not what X is; "KEDA 말고" asks for other things.
        foreach (var question in new[] { "what is KEDA", "KEDA 말고 또 뭐 있어" })
        {
            var (with, without) = LineScores(question, "KEDA: Azure Functions 팀에서 시작된 오픈소스");
            Assert.Equal(without, with);
        }
    }

    [Theory]
    [InlineData("what does the name grafana mean")]
    [InlineData("그라파나라는 이름 의미 알려줘")]
    public void The_meaning_of_a_name_asks_where_the_name_comes_from(string question)
    {
        // The meaning of a name is a fact about the thing ("Grafana: '그래프'와 '아나'의 합성어"), not its definition: a name
        // question, so the line with Grafana as its subject beats "Prometheus + Grafana" in the observability outline.
        Assert.Equal(AnswerHint.Name, Index.Reader.Read(question).Hint);
        Assert.Equal("k8s-week3-part3#-fun-facts", Index.Search(question, 1).Single().Section.Key);

        // Without the name, the meaning asked is the thing's: a definition.
        Assert.Equal(AnswerHint.Definition, Index.Reader.Read("그라파나 의미").Hint);
    }

    [Fact]
    public void What_before_a_noun_asks_which_one()
    {
        // "what size", "what tool" ask for a name as "which size" does: the line giving the lab's machines their size
        // ("인스턴스 유형: t2.medium …") counts its subject, not a CSP list that only mentions instances.
        const string Question = "what ec2 size do the lab machines get";
        Assert.Equal(AnswerHint.Name, Index.Reader.Read(Question).Hint);
        Assert.Equal("devops-k8s-5weeks#2-실습-환경-구성-aws", Index.Search(Question, 1).Single().Section.Key);

        // "what" before an auxiliary or "is" asks what a thing does or is, not which one.
        Assert.NotEqual(AnswerHint.Name, Index.Reader.Read("what does a hypervisor do").Hint);
        Assert.Equal(AnswerHint.Definition, Index.Reader.Read("what is a container").Hint);

        // "뭐 써?" (what is used) asks which one, as "뭐로 해?" does; "뭐 해?" (what is done) does not.
        Assert.Equal(AnswerHint.Name, Index.Reader.Read("모니터링 대시보드 뭐 쓰래?").Hint);
        Assert.NotEqual(AnswerHint.Name, Index.Reader.Read("실습 시간에 뭐 해?").Hint);
    }

    [Fact]
    public void A_line_of_code_has_no_subject()
    {
        // "key: value" in a fence is the code's syntax, not a line written about its key — a manifest's indented field
        // even with a Korean comment — and a comment line is no "subject - what is said of it".
        var (field, fieldPlain) = LineScores("how many max replicas", "  maxReplicas: 2  # 너무 낮은 최대값");
        Assert.Equal(fieldPlain, field);
        var (comment, commentPlain) = LineScores("who built gateway api", "# Gateway API - 더 표현력 있는 라우팅");
        Assert.Equal(commentPlain, comment);
    }

    [Fact]
    public void A_line_of_a_settings_list_brings_the_list()
    {
        // The lab servers' settings ("OS 이미지: …", "Storage: 20G, gp3", "로그인 정보: ubuntu / ubuntu" under "Amazon EC2
        // 만들기") are a table: a learner's "drive space" is the guides' "Storage", so the line that shares the question's
        // words brings the settings beside it.
        var answer = Index.Answer("lab ec2 os image and drive space?", 3);
        Assert.Equal("devops-k8s-5weeks#2-실습-환경-구성-aws", answer.Hits[0].Section.Key);
        Assert.Contains(answer.Lines, l => l.Text == "OS 이미지: Ubuntu Server 22.04 LTS");
        Assert.Contains(answer.Lines, l => l.Text == "Storage: 20G, gp3");

        // A section's own top-level lines are no settings list: its Fun Facts are facts about different things.
        var facts = Index.Answer("who started KEDA", 3);
        Assert.Contains(facts.Lines, l => l.Text == "KEDA: Azure Functions 팀에서 시작된 오픈소스");
        Assert.DoesNotContain(facts.Lines, l => l.Text.StartsWith("HPA 최소 간격", StringComparison.Ordinal));
    }
}
