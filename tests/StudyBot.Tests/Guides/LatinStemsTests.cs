namespace StudyBot.Tests.Guides;

/// <summary>English words: Porter stems for recall, lemmas where Porter joins words of different meaning.</summary>
public sealed class LatinStemsTests
{
    [Theory]
    [InlineData("instances", "instance")]
    [InlineData("scaling", "scale")]
    [InlineData("deploying", "deployment")]
    [InlineData("operators", "operator")]
    [InlineData("operating", "operate")]
    [InlineData("automatically", "automatic")]
    [InlineData("vms", "vm")]
    [InlineData("overcommitted", "overcommit")]
    [InlineData("applied", "apply")]
    [InlineData("tracing", "trace")]
    public void Inflections_of_a_word_share_its_lemma(string word, string other) =>
        Assert.Equal(LatinStems.Lemma(other), LatinStems.Lemma(word));

    [Theory]
    [InlineData("operator", "operations")]
    [InlineData("operator", "operate")]
    [InlineData("virtualization", "virtual")]
    [InlineData("general", "generate")]
    public void Words_Porter_merges_keep_their_own_lemma(string word, string other)
    {
        Assert.Equal(LatinStems.Of(other), LatinStems.Of(word));
        Assert.NotEqual(LatinStems.Lemma(other), LatinStems.Lemma(word));
    }

    [Fact]
    public void A_text_has_the_lemmas_of_its_English_words_and_identifiers() =>
        Assert.Equal([LatinStems.Lemma("Kubernetes"), "operator", "minreplica", "min", "replica"], LatinStems.LemmasOfText("Kubernetes Operators 패턴을 minReplicas"));

    [Theory]
    [InlineData("openAPIV3Schema:", "open API V3 Schema")]
    [InlineData("minReplicas: 2", "min Replicas")]
    [InlineData("kind: HTTPRoute", "HTTPRoute")]
    [InlineData("RESTful", "RESTful")]
    [InlineData("OAuth2", "OAuth2")]
    public void A_version_tag_in_an_identifier_is_a_word_of_its_own_and_acronyms_stay_whole(string text, string split) =>
        Assert.Equal([split], LatinStems.CamelCase(text));
}

/// <summary>The glossary matches English terms by lemma, so one group's word does not pull in another's by its stem.</summary>
public sealed class GlossaryMatchingTests
{
    private static readonly Glossary Sample = new([["오퍼레이터", "operator"], ["운영", "operate", "operations"]], []);

    [Theory]
    [InlineData("operator", 0)]
    [InlineData("operators", 0)]
    [InlineData("operating", 1)]
    [InlineData("operation", 1)]
    public void An_English_word_finds_the_group_of_its_lemma_only(string word, int group) =>
        Assert.Equal([group], Sample.MatchAll([word], 0)!.Value.Groups);
}
