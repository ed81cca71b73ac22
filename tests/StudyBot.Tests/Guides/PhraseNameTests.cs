namespace StudyBot.Tests.Guides;

/// <summary>A name of several words with a stop word inside ("Kubernetes the Hard Way", written in the guides only as a
/// link title) is a name the guides write: a description the glossary gives for it reads as that name, which finds the
/// line. A particle ending a phrase ("log in") is a phrasal verb's, not a joint of a name. Examples written for these
/// tests, not evaluation questions.</summary>
public sealed class PhraseNameTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Fact]
    public void A_name_with_a_stop_word_inside_is_as_rare_as_its_other_words()
    {
        var reader = Index.Reader;
        var name = reader.Rarity("kubernetes the hard way");
        Assert.True(name > 0);
        Assert.Equal((reader.Rarity("kubernetes") + reader.Rarity("hard") + reader.Rarity("way")) / 3, name, 9);
    }

    [Fact]
    public void A_particle_ending_a_phrase_is_no_joint_of_a_name() =>
        // "log in" is another word than "log": the phrase's rarity is not the verb's alone.
        Assert.NotEqual(Index.Reader.Rarity("log"), Index.Reader.Rarity("log in"));

    [Theory]
    [InlineData("how do I install kubernetes by hand to learn the internals")]
    [InlineData("쿠버네티스 수동 설치 연습하려면 뭐 봐야 돼?")]
    [InlineData("수동으로 클러스터 구축 해보는 자료 있어?")]
    public void A_description_of_a_name_with_a_stop_word_finds_its_line(string question)
    {
        var concept = Index.Reader.Read(question).Concepts[0];
        Assert.Equal(WordOrigin.Guide, concept.Origin);
        Assert.Contains("kubernetes the hard way", concept.Alternatives);
        var best = Index.Search(question, 1).Single();
        Assert.Equal("infra-platform#1-kubernetes-심화", best.Section.Key);
    }

    [Theory]
    // Made up, off-topic: doing something by hand is no course topic.
    [InlineData("how do I wash a wool sweater by hand")]
    [InlineData("is it better to install a dishwasher by hand or hire someone")]
    public void Doing_things_by_hand_answers_no_off_topic_question(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
}
