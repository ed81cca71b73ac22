using StudyBot.Guides;

namespace StudyBot.Tests.Guides;

/// <summary>하다 or 되다 glued to an English word ("different한지", "deploy할때"): the English word used as a verb or
/// adjective, the Korean its grammar, so what is left of the Korean is no idea (KoreanWords.IsLightVerbForm, read in
/// QuestionReader). Examples are made up here, never evaluation questions.</summary>
public sealed class GluedLightVerbTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("한지")]
    [InlineData("할때")]
    [InlineData("하면")]
    [InlineData("해서")]
    [InlineData("된거")]
    [InlineData("됐었는데")] // the past: no noun closes a syllable with ㅆ
    [InlineData("함")]
    public void A_light_verb_with_its_ending_is_a_light_verb_form(string word) => Assert.True(KoreanWords.IsLightVerbForm(word));

    [Theory]
    [InlineData("하나")] // the numeral
    [InlineData("함수")] // nouns that open with a light verb's syllable
    [InlineData("합계")]
    [InlineData("한계")]
    [InlineData("해시")]
    [InlineData("할당")]
    [InlineData("한국어로")]
    public void A_noun_opening_with_the_syllable_is_not(string word) => Assert.False(KoreanWords.IsLightVerbForm(word));

    [Theory]
    [InlineData("prometheus랑 grafana 뭐가 different한지 알려줘", "한지")]
    [InlineData("grafana 대시보드 custom할때 뭐 봐", "할때")]
    public void The_light_verb_after_an_English_word_is_no_idea(string question, string leftover)
    {
        var read = Index.Reader.Read(question);
        Assert.DoesNotContain(read.Concepts, c => c.Text == leftover);
        Assert.DoesNotContain(read.Concepts, c => c.Origin == WordOrigin.Unknown && QueryText.IsHangul(c.Text[0]));
    }

    [Fact]
    public void Apart_from_an_English_word_the_syllables_are_read_as_before()
    {
        // Written apart, 한지 is not glued to the word before it: it is read as any Hangul word is.
        var read = Index.Reader.Read("prometheus 한지 알려줘");
        Assert.Contains(read.Concepts, c => c.Text == "한지");
    }
}
