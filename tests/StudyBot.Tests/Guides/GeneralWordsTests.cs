namespace StudyBot.Tests.Guides;

/// <summary>General words are the commonest everyday words (English and Korean), never the guides' subjects.</summary>
public sealed class GeneralWordsTests
{
    [Theory]
    [InlineData("best")]
    [InlineData("place")]
    [InlineData("places")]
    [InlineData("used")]
    [InlineData("set up")]
    [InlineData("store")]
    [InlineData("fast")]
    [InlineData("방법")]
    [InlineData("추천")]
    public void Everyday_words_are_general(string term) => Assert.True(GeneralWords.IsGeneral(term));

    [Theory]
    [InlineData("prometheus")]
    [InlineData("virtualization")] // not general because "virtual" is: inflections only, no stems
    [InlineData("kubernetes")]
    [InlineData("container")]
    [InlineData("k8")]
    [InlineData("set up prometheus")]
    [InlineData("오토스케일링")]
    public void The_guides_subjects_are_not(string term) => Assert.False(GeneralWords.IsGeneral(term));

    [Theory]
    [InlineData("placing", true)] // "place": an "e" dropped before -ing, -ed, -es
    [InlineData("placed", true)]
    [InlineData("places", true)]
    [InlineData("cors", false)] // not a plural of "core"
    [InlineData("tims", false)]
    public void Inflections_drop_an_e_only_where_english_does(string term, bool general) =>
        Assert.Equal(general, GeneralWords.IsGeneral(term));

    [Theory]
    [InlineData("worth", true)]
    [InlineData("plates", true)]
    [InlineData("charging", true)] // "charge": an "e" dropped before -ing
    [InlineData("cors", false)] // not a plural of "core": a name
    [InlineData("kustomize", false)]
    public void Everyday_english_has_the_same_inflections(string word, bool everyday) =>
        Assert.Equal(everyday, EnglishWords.IsEveryday(word));
}
