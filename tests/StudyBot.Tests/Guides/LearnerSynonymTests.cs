namespace StudyBot.Tests.Guides;

/// <summary>Words a learner types for a thing the guides write otherwise, as two-way glossary synonyms: the Konglish
/// 셀프점검/셀프체크 for the guides' 체크리스트 (as 자가점검 already was), VMM (virtual machine monitor, the textbook name) for
/// the hypervisor, 돈 (money) for 비용, firewall rules (방화벽 규칙) for the lab's 보안 그룹.
/// Examples written for these tests, not evaluation questions.</summary>
public sealed class LearnerSynonymTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("셀프점검 목록 보여줘", "체크리스트")]
    [InlineData("셀프 체크 항목", "체크리스트")]
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
