namespace StudyBot.Tests.Guides;

/// <summary>A list item of a name's few words over sub-items ("분산 추적" over "OpenTelemetry", "Jaeger 또는 Zipkin") is a
/// small heading: when the question names it whole, its words count in its sub-items at
/// <see cref="AnswerTuning.LabelCredit"/>, as the line's own, rather than at <see cref="AnswerTuning.ParentCredit"/> as a
/// bullet they hang from — "Jaeger 또는 Zipkin" under "분산 추적" says what "Jaeger: 분산 추적" says in one line. Examples
/// written for these tests, not evaluation questions.</summary>
public sealed class LabelItemTests
{
    private static GuideIndex Index => SeedGuides.Index;
    private static readonly GuideIndex Off = Index.With(Index.Profile.Tuning with { LabelCredit = Index.Profile.Tuning.ParentCredit });

    private static int Under(string text, string parent) => Index.Units.Units.Single(u => u.Text.Trim() == text && u.Parent >= 0
        && Index.Units.Units[u.Parent].Text.Trim() == parent).Id;

    // What ranks the line's section: its ranking score and what a label the question names whole adds to it.
    private static (double On, double Off) Ranked(string question, int line) => (Section(Index, question, line), Section(Off, question, line));

    private static double Section(GuideIndex index, string question, int line) =>
        index.Engine.Score(index.Reader.Read(question)) is var scores ? scores.Ranked[line] + scores.Lift[line] : 0;

    [Fact]
    public void A_short_label_counts_as_its_items_own_words()
    {
        Assert.True(Index.Profile.Tuning.LabelCredit > Index.Profile.Tuning.ParentCredit);
        var (on, off) = Ranked("분산 추적 백엔드로 뭐 써?", Under("Jaeger 또는 Zipkin", "분산 추적"));
        Assert.True(on > off, $"{on} > {off}");
    }

    [Fact]
    public void A_label_named_in_part_is_a_bullet()
    {
        // One word of the two ("추적" without "분산"): the question is not about that list, its items' words stay theirs.
        var line = Under("Jaeger 또는 Zipkin", "분산 추적");
        var (on, off) = Ranked("요청 추적 백엔드로 뭐 써?", line);
        Assert.Equal(off, on, 9);
        var (whole, _) = Ranked("분산 추적 백엔드로 뭐 써?", line);
        Assert.True(whole > on, $"{whole} > {on}");
    }

    [Fact]
    public void The_label_ranks_the_section_not_the_line_shown()
    {
        // Which of the section's lines answers, and how sure the answer is, read the line's own score and context.
        const string Question = "분산 추적 백엔드로 뭐 써?";
        var line = Under("Jaeger 또는 Zipkin", "분산 추적");
        var (on, off) = (Index.Engine.Score(Index.Reader.Read(Question)), Off.Engine.Score(Off.Reader.Read(Question)));
        Assert.True(on.Lift[line] > 0);
        Assert.Equal(off.Ranked[line], on.Ranked[line], 9);
        Assert.Equal(off.Plain[line], on.Plain[line], 9);
    }

    [Fact]
    public void A_longer_item_over_sub_items_is_a_bullet_not_a_label()
    {
        // "Nova (Compute Service)" names a component whose sub-items are its parts: its words count as a parent's.
        var line = Under("스케줄러 (Filter Scheduler, Chance Scheduler 등)", "Nova (Compute Service)");
        var (on, off) = Ranked("nova 스케줄러 필터 말고 뭐 있어", line);
        Assert.Equal(off, on, 9);
    }

    [Fact]
    public void A_label_without_sub_items_changes_nothing()
    {
        // A short item with nothing under it is an item, not a label: the lines after it are its siblings.
        var item = Index.Units.Units.First(u => u.Kind == UnitKind.Item && u.Children.Count == 0 && u.Text.Trim() == "자동 스케일링").Id;
        var (on, off) = Ranked("자동 스케일링 배워?", item);
        Assert.Equal(off, on, 9);
    }
}
