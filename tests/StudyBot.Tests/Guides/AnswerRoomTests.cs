namespace StudyBot.Tests.Guides;

/// <summary>How the room of an answer is spent: the few best lines are lines that say something of their own, and the
/// bound leaves out what answers least. Examples written for these tests, not evaluation questions.</summary>
public sealed class AnswerRoomTests
{
    private static readonly string Folder = Path.Combine(ContentPaths.FindContentRoot(), "guides");
    private static readonly GuideIndex Index = GuideIndex.Build(GuideLoader.Load(Folder), Glossary.Load(Folder));

    [Fact]
    public void Items_a_better_line_brings_take_no_place_among_the_best_lines()
    {
        // "멀티 레벨 아키텍처" brings its four items (Region, AZ, Cell, Rack), each sharing the question's words: they
        // are shown with it, and the line naming the levels together is shown as well.
        var answer = Index.Answer("infra hierarchy levels for compute design", 3);
        Assert.Equal("compute#5-클라우드-인프라-설계", answer.Hits[0].Section.Key);
        Assert.Contains(answer.Lines, l => l.Text.Contains("Region/Availability Zone/Cell/Rack", StringComparison.Ordinal));
        Assert.Contains(answer.Lines, l => l.Text == "Rack 단위 관리");
        Assert.DoesNotContain(answer.Lines, l => l.Text == "장애 격리 (Failure Isolation)");
    }
}
