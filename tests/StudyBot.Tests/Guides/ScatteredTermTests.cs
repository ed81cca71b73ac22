namespace StudyBot.Tests.Guides;

/// <summary>A glossary term of several words ("운영 환경", production) counts fully only where a line writes its words
/// together — in order, glued or a few words apart; a line with the words scattered ("환경에서의 개발 및 운영") has them
/// as other things and counts as one of them (<see cref="AnswerTuning.ScatteredTerm"/>). Examples written for these
/// tests, not evaluation questions.</summary>
public sealed class ScatteredTermTests
{
    private static GuideIndex Index => SeedGuides.Index;

    private static int Rank(GuideIndex index, string question, string section) =>
        index.Search(question, 20).Select(h => h.Section.Key).ToList().IndexOf(section) + 1;

    [Fact]
    public void A_term_whose_words_are_scattered_over_a_line_does_not_outweigh_the_topic()
    {
        // The IaC section's "Terraform › Workspace 활용" against the networking guide's "Cloud-native 환경에서의 개발 및
        // 운영", which has prod's 운영 and 환경 apart and reversed.
        const string Iac = "infra-platform#3-infrastructure-as-code-iac";
        const string Question = "테라폼 workspace 기능으로 dev prod 환경 나누는 것도 배워?";
        Assert.Equal(Iac, Index.Search(Question, 1).Single().Section.Key);

        using var without = Index.With(Index.Profile.Tuning with { ScatteredTerm = 1 });
        Assert.True(Rank(without, Question, Iac) > 1);
    }

    [Theory]
    [InlineData("성능 최적화", "가상머신 성능 모니터링 및 최적화")]
    [InlineData("운영 환경", "운영환경 구성")]
    [InlineData("운영 환경", "Kubernetes 운영 환경을 구성")]
    [InlineData("network plugin", "Kubernetes network plugins")]
    public void A_term_written_together_coordinated_or_glued_is_written(string term, string line) =>
        // Coordinated two words apart through "및", glued as a compound, with a particle or a plural.
        Assert.True(AnswerEngine.WritesTerm(line, term.Split(' ')));

    [Theory]
    [InlineData("운영 환경", "Cloud-native 환경에서의 개발 및 운영")]
    [InlineData("성능 최적화", "성능 지표를 모으고 대시보드를 만들어 비용 최적화")]
    [InlineData("network plugin", "plugin for the network")]
    public void A_term_reversed_or_far_apart_is_not_written(string term, string line) =>
        Assert.False(AnswerEngine.WritesTerm(line, term.Split(' ')));
}
