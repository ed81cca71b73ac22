namespace StudyBot.Tests.Guides;

/// <summary>Words a learner types for a thing the guides write otherwise: as two-way glossary synonyms VMM (virtual
/// machine monitor, the textbook name) for the hypervisor and 돈 (money) for 비용; as a one-way description firewall
/// rules (방화벽 규칙) for the lab's 보안 그룹. (셀프점검/셀프체크 for 체크리스트: GlossaryTests and GuidePartTests.)
/// Examples written for these tests, not evaluation questions.</summary>
public sealed class LearnerSynonymTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("type of vmm", "하이퍼바이저")]
    [InlineData("돈 얼마나 들어", "비용")]
    [InlineData("money saved by cloud", "비용")]
    public void A_learner_word_reads_as_the_guides_word(string question, string word) =>
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains(word, StringComparer.OrdinalIgnoreCase));

    [Theory]
    [InlineData("firewall rules for the lab nodes")]
    [InlineData("실습 방화벽 규칙")]
    public void Firewall_rules_read_as_the_security_group(string question) =>
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains("보안 그룹", StringComparer.Ordinal));
}
