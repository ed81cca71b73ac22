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
    [InlineData("팀")] // as "team" is in the English list: the guides' team project aside, any group of people
    [InlineData("직접")] // "directly", "by hand": an adverb of any how-to, written once in the guides
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

    [Theory]
    [InlineData("planning", true)] // plan: a consonant doubled before -ing, -ed, -able is undoubled
    [InlineData("stopped", true)]
    [InlineData("pluggable", true)]
    [InlineData("spanner", false)] // not before -er, which makes names
    [InlineData("applies", true)] // apply: "y" written "i" before -es, -ed
    [InlineData("tried", true)]
    [InlineData("hoping", true)] // hope: the "e" dropped
    [InlineData("kubectl", false)]
    public void Everyday_english_undoubles_consonants_and_restores_a_y(string word, bool everyday) =>
        Assert.Equal(everyday, EnglishWords.IsEveryday(word));

    [Theory]
    [InlineData("scaffold", true)] // less common English: a word where grammar marks it as one
    [InlineData("username", true)]
    [InlineData("nomad", true)] // also a name: the reader decides by grammar and case
    [InlineData("sagemaker", false)]
    [InlineData("kustomize", false)]
    public void Less_common_english_is_english_but_not_everyday(string word, bool english)
    {
        Assert.Equal(english, EnglishWords.IsEnglish(word));
        Assert.False(EnglishWords.IsEveryday(word));
    }

    [Theory]
    [InlineData("tweaks", true)]
    [InlineData("scaffolds", true)]
    [InlineData("hopping", true)]
    [InlineData("nomad", false)]
    [InlineData("spark", false)]
    public void Inflected_forms_are_told_from_bare_words(string word, bool inflected) =>
        Assert.Equal(inflected, EnglishWords.IsInflected(word));
}
