namespace StudyBot.Tests.Guides;

/// <summary>The plain BM25 share of each section that <see cref="AnswerTuning.LexicalWeight"/> weighs is read straight from
/// Lucene's scorer, with the terms dictionary's statistics kept for the guides' own words: it must be what Lucene's own
/// top documents give (the baseline profile's search), to the bit, on a fresh index and again once its lookups are kept,
/// for words the guides have and words they lack. Examples written for these tests, not evaluation questions.</summary>
public sealed class LexicalScoresTests
{
    public static TheoryData<string> Questions => new()
    {
        "HPA 계산 공식",
        "How is the autoscaling formula calculated?",
        "kubernetes pod scheduling and node affinity",
        "zebra quantum 오토스케일링 xylophone",
        "Prometheus 메트릭 수집 방식 scrape interval",
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void Each_sections_share_is_lucenes_top_documents_score_over_the_best(string question)
    {
        using var index = GuideIndex.Build(SeedGuides.Catalog, SeedGuides.Glossary, SearchProfile.Baseline);
        var sections = index.Catalog.Sections;
        var hits = index.Search(question, sections.Count);
        Assert.NotEmpty(hits);
        var best = hits.Max(h => h.Score);
        var expected = new double[sections.Count];
        foreach (var hit in hits)
        {
            expected[sections.ToList().IndexOf(hit.Section)] = hit.Score / best;
        }

        // Cold (each word looked up) and warm (the guides' words kept): the same scores, bit for bit.
        Assert.Equal(expected, index.LexicalScores(question));
        Assert.Equal(expected, index.LexicalScores(question));
    }

    [Fact]
    public void A_question_of_no_word_scores_no_section()
    {
        using var index = GuideIndex.Build(SeedGuides.Catalog, SeedGuides.Glossary, SearchProfile.Baseline);
        Assert.Empty(index.Search("?!", 5));
        Assert.All(index.LexicalScores("?!"), share => Assert.Equal(0, share));
    }

    [Fact]
    public void Words_the_guides_lack_score_no_section()
    {
        using var index = GuideIndex.Build(SeedGuides.Catalog, SeedGuides.Glossary, SearchProfile.Baseline);
        Assert.All(index.LexicalScores("zebra xylophone quasar"), share => Assert.Equal(0, share));
    }
}
