namespace StudyBot.Tests.Guides;

/// <summary>Short names learners type for the guides' terms: kubectl's resource short names (netpol, ds, sts) and the
/// chat abbreviation mgmt. Unlisted, each was read as the name of a thing the guides never mention (weighing 7) and
/// withheld answers whose section ranked first. Examples are made up here, never evaluation questions.</summary>
public sealed class KubectlShortNameTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("what does a netpol block between namespaces", "netpol")]
    [InlineData("when is a ds better than a deployment", "ds")]
    [InlineData("sts for a database, why", "sts")]
    [InlineData("cluster node mgmt: what is on the list", "mgmt")]
    public void A_short_name_reads_as_the_guides_word(string question, string shortName)
    {
        var answer = Index.Answer(question, 3);
        Assert.Contains(answer.Question!.Concepts, c => c.Text == shortName && c.Origin == WordOrigin.Guide);
        Assert.False(answer.Signals!.NamesUnknownThing);
    }

    [Fact]
    public void Netpol_finds_the_network_policy_line()
    {
        var answer = Index.Answer("what does a netpol block between namespaces", 3);
        Assert.True(answer.Answered);
        Assert.Contains(answer.Lines, l => l.Text.Contains("Network Policy", StringComparison.Ordinal));
    }

    [Fact]
    public void Sts_finds_the_statefulset_line()
    {
        var answer = Index.Answer("sts for a database, why", 3);
        Assert.True(answer.Answered);
        Assert.Contains(answer.Lines, l => l.Text.Contains("StatefulSet", StringComparison.Ordinal));
    }
}
