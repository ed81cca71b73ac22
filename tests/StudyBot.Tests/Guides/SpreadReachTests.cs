namespace StudyBot.Tests.Guides;

/// <summary>A section's other lines add to its score (<see cref="AnswerTuning.SectionSpread"/>) in full only near its best
/// line — a few lines away, under the same top line, in the same part of a fence — or for an idea its heading has; a
/// far line adds <see cref="AnswerTuning.SpreadFar"/>, so a long section does not win by the question's words scattered
/// over unrelated lines. Examples written for these tests, not evaluation questions.</summary>
public sealed class SpreadReachTests
{
    private static GuideIndex Index => SeedGuides.Index;

    private static int Rank(GuideIndex index, string question, string section) =>
        index.Search(question, 20).Select(h => h.Section.Key).ToList().IndexOf(section) + 1;

    private static double Score(GuideIndex index, string question, string section) =>
        index.Search(question, 20).Single(h => h.Section.Key == section).Score;

    [Fact]
    public void Words_scattered_over_a_long_section_do_not_outrank_the_line_that_answers()
    {
        // The course's lab environment lists a node's minimum CPU and memory; the final project's long requirements block
        // has "CPU 최적화 노드" in one part and memory, VM and 쿠버네티스 in others far from it.
        const string Lab = "devops-k8s-5weeks#2-실습-환경-구성-aws";
        const string Question = "노드 서버 cpu 메모리 최소 사양이 뭐야";
        Assert.Equal(Lab, Index.Search(Question, 1).Single().Section.Key);

        using var everyLine = Index.With(Index.Profile.Tuning with { SpreadFar = 1 });
        Assert.True(Rank(everyLine, Question, Lab) > 1);
    }

    [Fact]
    public void A_far_line_counts_in_full_for_an_idea_of_the_sections_heading()
    {
        // compute's "스케줄링 및 리소스 관리" is about scheduling throughout: its scheduler links at the end still count.
        const string Scheduling = "compute#3-스케줄링-및-리소스-관리";
        const string Question = "어떤 cpu scheduling 정책들이 소개돼 있어?";
        using var nothingFar = Index.With(Index.Profile.Tuning with { SpreadFar = 0 });
        using var everyLine = Index.With(Index.Profile.Tuning with { SpreadFar = 1 });
        Assert.Equal(Score(everyLine, Question, Scheduling), Score(nothingFar, Question, Scheduling), 6);
    }
}
