namespace StudyBot.Tests.Guides;

/// <summary>A token shaped like an API version ("v2beta2", "v1alpha1") is a version of the thing the question names, not a
/// name the guides leave out: it weighs as a word the guides never use, not as an unknown name, and does not alone say the
/// question is about something the guides never treat. Examples written for these tests, not evaluation questions.</summary>
public sealed class ApiVersionTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("v1", true)]
    [InlineData("v2beta2", true)]
    [InlineData("v1alpha1", true)]
    [InlineData("V2Beta1", true)]
    [InlineData("v2beta", false)] // a stage without its number
    [InlineData("vpa", false)]
    [InlineData("v", false)]
    [InlineData("k6", false)]
    [InlineData("v2gamma1", false)]
    public void An_api_version_is_recognised_by_its_shape(string word, bool version) => Assert.Equal(version, QueryText.IsApiVersion(word));

    [Fact]
    public void An_api_version_the_guides_do_not_write_is_no_unknown_name()
    {
        var question = Index.Reader.Read("HPA 매니페스트에 v2beta2 쓰면 되나");
        var concept = question.Concepts.Single(c => c.Text == "v2beta2");
        Assert.Equal(WordOrigin.Unknown, concept.Origin);
        Assert.Equal(AnswerTuning.Default.UnknownWordWeight, concept.Weight);
        Assert.False(Index.Answer("HPA 매니페스트에 v2beta2 쓰면 되나", 3).Signals!.NamesUnknownThing);
    }

    [Fact]
    public void Other_names_with_digits_stay_names() =>
        Assert.Contains(Index.Reader.Read("k6 부하 테스트 스크립트 작성법").Concepts, c => c.Text == "k6" && c.Origin == WordOrigin.ForeignName);
}
