namespace StudyBot.Tests.Guides;

/// <summary>A name the guides never mention written between parentheses is the learner's aside — a gloss of what they
/// mean — not the thing the question names: it does not make the question name an unknown thing. Examples are made up
/// here, never evaluation questions.</summary>
public sealed class ParenthesisedNameTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("which toolkit (the one zorkctl drives) is named", "zorkctl", true)]
    [InlineData("which toolkit is named (zorkctl)", "zorkctl", true)]
    [InlineData("zorkctl (the toolkit) manages guests", "zorkctl", false)]
    [InlineData("which toolkit (the named one) does zorkctl drive", "zorkctl", false)]
    [InlineData("which toolkit (the one zorkctl drives", "zorkctl", false)]
    [InlineData("which toolkit is named", "zorkctl", false)]
    public void A_word_is_in_parentheses_only_between_an_open_one_and_its_close(string text, string word, bool expected)
    {
        Assert.Equal(expected, QueryText.InParentheses(text, word));
    }

    [Fact]
    public void A_name_in_parentheses_names_no_unknown_thing()
    {
        var answer = Index.Answer("KVM guests get managed through which toolkit (the one Zorkctl talks to)?", 3);
        Assert.Contains(answer.Question!.Concepts, c => c.Text == "zorkctl" && c.Origin == WordOrigin.ForeignName);
        Assert.False(answer.Signals!.NamesUnknownThing);
    }

    [Fact]
    public void The_same_name_outside_parentheses_still_names_an_unknown_thing()
    {
        var answer = Index.Answer("KVM guests get managed through which Zorkctl toolkit (the one it talks to)?", 3);
        Assert.Contains(answer.Question!.Concepts, c => c.Text == "zorkctl" && c.Origin == WordOrigin.ForeignName);
        Assert.True(answer.Signals!.NamesUnknownThing);
    }

    [Theory]
    [InlineData("which toolkits are listed, zorkctl 말고 하나 더", "zorkctl", true)]
    [InlineData("which toolkits are listed other than zorkctl", "zorkctl", true)]
    [InlineData("which toolkits are listed besides Zorkctl?", "zorkctl", true)]
    [InlineData("which toolkits does zorkctl list", "zorkctl", false)]
    [InlineData("which toolkits are listed, neither zorkctl nor others", "zorkctl", false)]
    public void A_word_is_set_aside_only_by_a_word_that_leaves_it_out(string text, string word, bool expected)
    {
        Assert.Equal(expected, QueryText.SetAside(text, word));
    }

    [Fact]
    public void A_name_set_aside_names_no_unknown_thing_but_the_one_asked_still_does()
    {
        Assert.False(Index.Answer("which SDN controllers are listed other than Zorkctl?", 3).Signals!.NamesUnknownThing);
        Assert.True(Index.Answer("which SDN controllers are listed other than Zorkctl, and does Blarnix count?", 3).Signals!.NamesUnknownThing);
    }
}
