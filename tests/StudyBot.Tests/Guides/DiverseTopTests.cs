namespace StudyBot.Tests.Guides;

/// <summary>The 3rd place is read for what it adds (see <see cref="AnswerTuning.DiverseReach"/>): when its best line has
/// only ideas the 1st and 2nd have, it trades places with a section within reach below whose best line has all of its
/// ideas and one more neither has. Scores stay and no other place moves. Lines and ideas written for these tests, not
/// evaluation questions.</summary>
public sealed class DiverseTopTests
{
    private static GuideIndex Index => SeedGuides.Index;

    /// <summary>Five hits over units 0..4 with the given scores, and which of two ideas each unit's line has.</summary>
    private static (IReadOnlyList<GuideHit> Hits, AnswerEngine.Scores Scores) Hits(float[] score, bool[] first, bool[] second)
    {
        var sections = Index.Search("쿠버네티스 클러스터 구축", 10).Select(h => h.Section).Distinct().Take(score.Length).ToArray();
        var hits = sections.Select((s, u) => new GuideHit(s, score[u], 0.5) { Unit = u }).ToArray();
        double[][] context = [first.Select(b => b ? 1.0 : 0).ToArray(), second.Select(b => b ? 1.0 : 0).ToArray()];
        return (hits, new AnswerEngine.Scores(new double[score.Length], new double[score.Length], context, [], [5, 5]));
    }

    [Fact]
    public void A_near_copy_in_3rd_place_yields_to_a_line_with_its_ideas_and_one_more()
    {
        // 1st and 2nd have idea A only, the 3rd too; the 5th has A and B and scores 0.75 of the 3rd, the 4th A only.
        var (hits, scores) = Hits([10, 9, 8, 7, 6], [true, true, true, true, true], [false, false, false, false, true]);
        var result = Index.Engine.Diversify(hits, scores);
        Assert.Equal([0, 1, 4, 3, 2], result.Select(h => h.Unit));
        Assert.Equal(hits.Select(h => h.Score).Order(), result.Select(h => h.Score).Order());
    }

    [Fact]
    public void A_line_with_the_other_idea_only_does_not_take_the_place()
    {
        // The 4th has B but not A, which the 2nd and 3rd have: not a fuller line, only a different one.
        var (hits, scores) = Hits([10, 9, 8, 7.5f, 6], [true, true, true, false, false], [false, false, false, true, false]);
        Assert.Equal([0, 1, 2, 3, 4], Index.Engine.Diversify(hits, scores).Select(h => h.Unit));
    }

    [Fact]
    public void A_line_out_of_reach_does_not_take_the_place()
    {
        var (hits, scores) = Hits([10, 9, 8, 5, 4], [true, true, true, true, false], [false, false, false, true, false]);
        Assert.Equal([0, 1, 2, 3, 4], Index.Engine.Diversify(hits, scores).Select(h => h.Unit));

        using var off = Index.With(Index.Profile.Tuning with { DiverseReach = 0 });
        var (near, nearScores) = Hits([10, 9, 8, 7.5f, 4], [true, true, true, true, false], [false, false, false, true, false]);
        Assert.Same(near, off.Engine.Diversify(near, nearScores));
    }

    [Fact]
    public void A_3rd_that_adds_an_idea_keeps_its_place()
    {
        // The 3rd has B, which the 1st and 2nd lack: it adds, so the 4th (A and B) stays below it.
        var (hits, scores) = Hits([10, 9, 8, 7.5f, 6], [true, true, false, true, false], [false, false, true, true, false]);
        Assert.Equal([0, 1, 2, 3, 4], Index.Engine.Diversify(hits, scores).Select(h => h.Unit));
    }

    [Fact]
    public void The_tier_and_the_first_two_stay_as_they_were()
    {
        const string Question = "클러스터 구축할 때 필요한 노드 사양이랑 디스크 크기";
        using var off = Index.With(Index.Profile.Tuning with { DiverseReach = 0 });
        var with = Index.Answer(Question, RelatedSections.Depth);
        var without = off.Answer(Question, RelatedSections.Depth);
        Assert.Equal(without.Confidence, with.Confidence);
        Assert.Equal(without.Hits.Take(2).Select(h => h.Section.Key), with.Hits.Take(2).Select(h => h.Section.Key));
        Assert.Equal(without.Hits.Select(h => h.Section.Key).Order(), with.Hits.Select(h => h.Section.Key).Order());
    }
}
