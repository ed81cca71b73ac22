namespace StudyBot.Tests.Checklist;

public sealed class ChecklistDialogsTests
{
    [Fact]
    public void Korean_and_English_have_the_same_checklist_texts_and_the_contract_line_format()
    {
        var texts = Dialogs.Load(Path.Combine(ContentPaths.FindContentRoot(), "dialogs"));
        string[] Keys(string locale) => [.. texts[locale].Keys.Where(k => k.StartsWith("checklist.", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
        Assert.Equal(Keys("ko"), Keys("en"));
        Assert.All(new[] { "ko", "en" }, locale =>
        {
            Assert.Equal("✅ {id} — {title}", texts[locale]["checklist.line.done"]);
            Assert.Equal("⬜ {id} — {title}", texts[locale]["checklist.line.todo"]);
            Assert.Equal("{done}/{total} ({pct}%)", texts[locale]["checklist.figure"]);
        });
    }
}
