namespace StudyBot.Tests.Guides;

/// <summary>A list item of a name's few words over sub-items ("분산 추적" over "OpenTelemetry", "Jaeger 또는 Zipkin") is a
/// small heading: its words count in its sub-items at <see cref="AnswerTuning.LabelCredit"/>, as the line's own, rather
/// than at <see cref="AnswerTuning.ParentCredit"/> as a bullet they hang from — "Jaeger 또는 Zipkin" under "분산 추적" says
/// what "Jaeger: 분산 추적" says in one line. Examples written for these tests, not evaluation questions.</summary>
public sealed class LabelItemTests
{
    private static readonly string Folder = Path.Combine(ContentPaths.FindContentRoot(), "guides");
    private static readonly GuideIndex Default = GuideIndex.Build(GuideLoader.Load(Folder), Glossary.Load(Folder));

    // Off by default (see AnswerTuning.LabelCredit): the mechanism is tested at the credit it was measured with.
    private static readonly GuideIndex Index = Default.With(Default.Profile.Tuning with { LabelCredit = 0.9 });
    private static readonly GuideIndex Off = Default.With(Default.Profile.Tuning with { LabelCredit = 0 });

    private static int Under(string text, string parent) => Index.Units.Units.Single(u => u.Text.Trim() == text && u.Parent >= 0
        && Index.Units.Units[u.Parent].Text.Trim() == parent).Id;

    private static (double On, double Off) Ranked(string question, int line) =>
        (Index.Engine.Score(Index.Reader.Read(question)).Ranked[line], Off.Engine.Score(Off.Reader.Read(question)).Ranked[line]);

    [Fact]
    public void A_short_label_counts_as_its_items_own_words()
    {
        Assert.True(Index.Profile.Tuning.LabelCredit > Index.Profile.Tuning.ParentCredit);
        var (on, off) = Ranked("분산 추적 백엔드로 뭐 써?", Under("Jaeger 또는 Zipkin", "분산 추적"));
        Assert.True(on > off, $"{on} > {off}");
    }

    [Fact]
    public void The_default_credit_changes_nothing()
    {
        Assert.Equal(Default.Profile.Tuning.ParentCredit, Default.Profile.Tuning.LabelCredit, 9);
        var line = Under("Jaeger 또는 Zipkin", "분산 추적");
        const string Question = "분산 추적 백엔드로 뭐 써?";
        Assert.Equal(Off.Engine.Score(Off.Reader.Read(Question)).Ranked[line], Default.Engine.Score(Default.Reader.Read(Question)).Ranked[line], 9);
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
