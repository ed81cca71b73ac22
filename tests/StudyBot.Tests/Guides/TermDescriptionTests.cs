namespace StudyBot.Tests.Guides;

/// <summary>A question that describes a thing instead of naming it has its words spread over the lines the guides write
/// under the thing's term ("3. Traces (추적)" over "분산 시스템 요청 추적", "Jaeger, Zipkin", "마이크로서비스 간 호출
/// 관계"): such a description ranks its section as one line would, by <see cref="AnswerTuning.TermDescription"/> of what the
/// term's other lines add. A question naming the term, or lines under a label ("학습 내용:"), get nothing: there the lines
/// are a list of topics; nor does a line whose term's other lines hold none of the question's ideas it lacks. Examples written for these tests, not evaluation questions.</summary>
public sealed class TermDescriptionTests
{
    private static GuideIndex Index => SeedGuides.Index;

    private static int Line(string text) => Index.Units.Units.Single(u => u.Text.Trim().EndsWith(text, StringComparison.Ordinal)).Id;

    private static double Described(GuideIndex index, string question, int line) =>
        index.Engine.Score(index.Reader.Read(question)).Described[line];

    [Fact]
    public void A_line_under_a_term_is_read_with_the_terms_other_lines()
    {
        var request = Line("분산 시스템 요청 추적");
        var description = Index.Engine.TermDescription(Index.Units.Units[request]);
        Assert.NotNull(description);
        Assert.Equal("3. Traces (추적)", Index.Units.Units[description[0]].Text.Trim());
        Assert.Contains(Line("마이크로서비스 간 호출 관계"), description);
    }

    [Fact]
    public void Lines_under_a_colon_label_are_no_description()
    {
        // "학습 내용:" labels a list of topics to learn, not what one thing is.
        var label = Index.Units.Units.First(u => u.Text.Trim() == "학습 내용:" && u.Children.Count is >= 2 and <= 4);
        Assert.Null(Index.Engine.TermDescription(Index.Units.Units[label.Children[0]]));
    }

    [Fact]
    public void A_description_of_an_unnamed_term_adds_its_other_lines_ideas()
    {
        // Request is in one line, microservices in another, the term (tracing) not in the question.
        const string Question = "마이크로서비스 사이로 오가는 요청 하나하나 따라가 보는 방법";
        var request = Line("분산 시스템 요청 추적");
        Assert.True(Described(Index, Question, request) > Index.Engine.Score(Index.Reader.Read(Question)).Ranked[request]);

        using var alone = Index.With(Index.Profile.Tuning with { TermDescription = 0 });
        Assert.Equal(0, Described(alone, Question, request));
    }

    [Fact]
    public void A_sibling_only_spelling_out_an_idea_the_line_has_through_its_guide_is_no_description()
    {
        // Every line of the infra guide has "infra" through its title; "Infrastructure Provider 이해" says it outright.
        // The term's other lines spread none of the question's ideas the line lacks, so the line is read alone.
        const string Question = "infrastructure 플랫폼 리소스 종류";
        var resources = Line("Cluster, Machine, MachineDeployment 리소스");
        var scores = Index.Engine.Score(Index.Reader.Read(Question));
        var infra = scores.Concepts.ToList().FindIndex(c => c.Alternatives.Contains("infrastructure", StringComparer.OrdinalIgnoreCase));
        Assert.True(infra >= 0);
        Assert.True(scores.Context[infra][resources] > 0);
        Assert.True(scores.Context[infra][Line("Infrastructure Provider 이해")] > scores.Context[infra][resources]);
        Assert.Equal(0, scores.Described[resources]);
    }

    [Fact]
    public void A_question_naming_the_term_reads_its_lines_alone()
    {
        // "traces" names the term: its lines are found through it, and a list of its topics is not one line.
        Assert.Equal(0, Described(Index, "traces 요청 마이크로서비스", Line("분산 시스템 요청 추적")));
    }
}
