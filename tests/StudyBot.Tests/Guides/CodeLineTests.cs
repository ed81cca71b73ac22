namespace StudyBot.Tests.Guides;

/// <summary>A code line that only opens a block ("spec:", "schema:", "- name:") is structure, not content: it has the
/// question's word but says nothing, so it never ranks a section (a one-word line fully matched had the whole focus bonus,
/// and a manifest's "schema:" beat the section that answers). Its lines with a value ("- CNI: Calico") still answer.
/// Examples written for these tests, not evaluation questions.</summary>
public sealed class CodeLineTests
{
    private static GuideIndex Index => SeedGuides.Index;

    private static int Unit(string text) => Index.Units.Units.First(u => u.Kind == UnitKind.CodeLine && u.Text.Trim() == text).Id;

    [Fact]
    public void A_bare_key_has_the_word_but_never_ranks()
    {
        var question = Index.Reader.Read("schema definition format");
        Index.Search(question, 5, out var scores);
        var key = Unit("schema:");
        Assert.True(scores.Plain[key] > 0);
        Assert.Equal(0, scores.Ranked[key]);
    }

    [Fact]
    public void Each_block_knows_its_fence_language_and_an_outline_has_none()
    {
        // A question naming "yaml" is shown a YAML block's code; an untagged fence is an outline, no code of any language.
        var code = Index.Units.Units[Unit("averageUtilization: 70")];
        Assert.Equal("yaml", Index.Units.BlockLanguages[code.Block]);
        var outline = Index.Units.Units.First(u => u.Kind == UnitKind.OutlineLine && u.Text.Contains("목표 CPU: 50%", StringComparison.Ordinal));
        Assert.Equal(string.Empty, Index.Units.BlockLanguages[outline.Block]);
        Assert.Equal(Index.Units.Blocks.Count, Index.Units.BlockLanguages.Count);
    }

    [Fact]
    public void A_key_with_its_value_still_answers()
    {
        var question = Index.Reader.Read("which CNI in the final project");
        Index.Search(question, 5, out var scores);
        Assert.True(scores.Ranked[Unit("- CNI: Calico (Network Policy 지원)")] > 0);
    }
}
