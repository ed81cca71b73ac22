namespace StudyBot.Tests.Guides;

/// <summary>A name the guides write only run together in a link's address ("github.com/kelseyhightower/…"): the learner
/// who names the link by it ("the Kelsey Hightower one") reaches the line that links it. An everyday English word that
/// happens to start or end such a word names no link. Examples written for these tests, not evaluation questions.</summary>
public sealed class LinkAddressNameTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Fact]
    public void The_address_words_are_the_long_run_together_words_of_the_links()
    {
        Assert.Contains("kelseyhightower", Index.Units.AddressWords);
        Assert.Contains("operatorframework", Index.Units.AddressWords);
        Assert.DoesNotContain("github", Index.Units.AddressWords);
        Assert.All(Index.Units.AddressWords, w => Assert.True(w.Length >= 8 && Index.Units.IsLatinWord(w)));
    }

    [Theory]
    [InlineData("kelsey")]
    [InlineData("hightower")]
    public void A_part_of_an_address_word_reads_as_that_word(string part)
    {
        var concept = Index.Reader.Read($"where is the {part} walkthrough link").Concepts.Single(c => c.Text == part);
        Assert.Equal(WordOrigin.Guide, concept.Origin);
        Assert.Contains("kelseyhightower", concept.Alternatives);
    }

    [Fact]
    public void The_link_named_by_its_address_is_the_first_answer()
    {
        var hits = Index.Answer("which walkthrough did kelsey hightower write, is it linked", 3).Hits;
        Assert.Equal("infra-platform#1-kubernetes-심화", hits[0].Section.Key);
    }

    [Fact]
    public void An_everyday_word_that_ends_an_address_word_names_no_link()
    {
        // "systemsapproach" ends with "approach", an everyday word: no link is named by it.
        var concept = Index.Reader.Read("which approach is better").Concepts.SingleOrDefault(c => c.Text == "approach");
        Assert.True(concept is null || !concept.Alternatives.Contains("systemsapproach"));
    }
}
