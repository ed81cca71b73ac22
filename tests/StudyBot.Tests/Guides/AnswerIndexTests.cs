namespace StudyBot.Tests.Guides;

/// <summary>What <see cref="AnswerIndex"/> keeps per guide.</summary>
public sealed class AnswerIndexTests
{
    private static AnswerIndex Units => SeedGuides.Index.Units;

    [Fact]
    public void Each_guide_has_its_sections_in_order_its_title_first()
    {
        Assert.Equal(SeedGuides.Catalog.Guides.Select(g => g.Name).Order(StringComparer.Ordinal), Units.GuideSections.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(0, Units.Sections.Count), Units.GuideSections.Values.SelectMany(s => s).Order());
        Assert.All(Units.GuideSections, g =>
        {
            Assert.All(g.Value, s => Assert.Equal(g.Key, Units.Sections[s].Guide));
            Assert.Equal(g.Value.Order(), g.Value);
            Assert.Equal(-1, Units.SectionParent[g.Value[0]]);
        });
    }
}
