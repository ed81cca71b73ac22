namespace StudyBot.Tests.Guides;

/// <summary>Everyday English words the guides never use ("hops", "several", "whole": the commonest words,
/// <see cref="GeneralWords"/>) say how the learner talks around a thing: when the best line has one of the question's own
/// ideas and another of its ideas or a clear margin, the coverage floor sets them aside (<see cref="AnswerSignals.EverydayShare"/>).
/// A question meeting the guides in one word by chance, among sections as close, or only in general words, stays declined.
/// Examples written for these tests, not evaluation questions.</summary>
public sealed class EverydayFloorTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Fact]
    public void A_guide_term_among_everyday_words_is_offered()
    {
        var answer = Index.Answer("If a request hops between several microservices, which tools let me see the whole call path?", 3);
        Assert.True(answer.Signals!.EverydayShare > 0);
        Assert.True(answer.Signals.Coverage < AnswerTuning.Default.MediumCoverage);
        Assert.Equal("k8s-week3-part3", answer.Hits[0].Section.Guide);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
    }

    [Fact]
    public void The_floor_reads_coverage_without_the_shares_it_sets_aside()
    {
        var signals = Index.Answer("If a request hops between several microservices, which tools let me see the whole call path?", 3).Signals!;
        Assert.Equal(signals.Coverage / (1 - signals.GuideTalkShare - signals.EverydayShare), signals.FloorCoverage, 9);
        Assert.Equal(signals.EvidenceCoverage / (1 - signals.GuideTalkEvidence - signals.EverydayEvidence), signals.FloorEvidence, 9);
        Assert.True(signals.FloorCoverage >= AnswerTuning.Default.MediumCoverage);

        // Nothing set aside: the floor reads the coverage itself; all of it set aside: no division by zero.
        var plain = new AnswerSignals(0.3, 0, 1, 3, 0, 0, 0, 0, 0, 1, false, EvidenceCoverage: 0.25);
        Assert.Equal((0.3, 0.25), (plain.FloorCoverage, plain.FloorEvidence));
        Assert.Equal(0.3, (plain with { GuideTalkShare = 0.5, EverydayShare = 0.5 }).FloorCoverage);
    }

    [Theory]
    [InlineData("Does PostgreSQL VACUUM FULL lock the whole table while it runs?")]
    [InlineData("how do I keep the whole family calm while moving house")]
    [InlineData("which tools suggest the best whole grain bread")]
    public void A_chance_meeting_with_everyday_words_stays_declined(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.Equal(0, answer.Signals!.EverydayShare);
        Assert.Equal(AnswerConfidence.None, answer.Confidence);
    }

    [Fact]
    public void No_discount_keeps_the_floor()
    {
        using var index = GuideIndex.Build(SeedGuides.Catalog, SeedGuides.Glossary, SearchProfile.StudyBot with { Tuning = AnswerTuning.Default with { EverydayDiscount = 0 } });
        var answer = index.Answer("If a request hops between several microservices, which tools let me see the whole call path?", 3);
        Assert.Equal(0, answer.Signals!.EverydayShare);
        Assert.Equal(AnswerConfidence.None, answer.Confidence);
    }
}
