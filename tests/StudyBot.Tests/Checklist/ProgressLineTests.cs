using StudyBot.Checklist;
using StudyBot.Guides;

namespace StudyBot.Tests.Checklist;

/// <summary>The contract's <c>⬜ id — title</c> line of <c>/progress</c> stays one line: the title is clipped to the
/// columns the id leaves, never the id.</summary>
public sealed class ProgressLineTests
{
    private static ChecklistItem Item(string id, string title) =>
        new(id, title, "k8s-week3-part3", null!, null, 0, []);

    [Fact]
    public void A_long_title_is_clipped_to_the_line_and_the_id_is_whole()
    {
        var item = Item("w3-project-monitoring-dashboard", "모니터링 대시보드 구성 (10점)");
        var shown = ProgressFormat.LineTitle(item);

        Assert.EndsWith("…", shown, StringComparison.Ordinal);
        Assert.StartsWith(shown[..^1], item.Title, StringComparison.Ordinal);
        Assert.True(Text.Columns($"{item.Id} — {shown}") <= ProgressFormat.LineColumns);
    }

    [Fact]
    public void A_title_that_fits_is_shown_whole()
    {
        var item = Item("w3-d4-rbac", "RBAC 정책 설계 및 구현");
        Assert.Equal(item.Title, ProgressFormat.LineTitle(item));
    }

    [Fact]
    public void An_id_longer_than_the_line_is_never_cut_and_the_title_keeps_a_few_columns()
    {
        var item = Item(new string('x', 80), "Kubernetes Controller/Operator 개발 가능");
        var shown = ProgressFormat.LineTitle(item);

        Assert.Equal(ProgressFormat.MinTitleColumns, Text.Columns(shown));
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_item_of_every_guide_fits_the_line_with_its_whole_id()
    {
        var catalog = SeedGuides.Catalog;
        Assert.NotEmpty(catalog.Items);
        Assert.All(catalog.Items, item =>
        {
            var shown = ProgressFormat.LineTitle(item);
            var line = $"{item.Id} — {shown}";
            Assert.True(shown == item.Title || (shown.EndsWith('…') && item.Title.StartsWith(shown[..^1], StringComparison.Ordinal)), line);
            Assert.True(Text.Columns(line) <= Math.Max(ProgressFormat.LineColumns, Text.Columns(item.Id) + 3 + ProgressFormat.MinTitleColumns), line);
        });
    }
}
