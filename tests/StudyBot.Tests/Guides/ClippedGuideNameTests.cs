namespace StudyBot.Tests.Guides;

/// <summary>A learner names a guide by the start of its name ("the net guide" for networking): a word the guides never
/// use, read as where to look (guide talk, the named guide's sections preferred), not as a topic the guides never treat.
/// And everyday Korean words that name no topic — "우리", "저희" (we, our), the forms of 쓰다 "use" and 두다 "keep" —
/// weigh as function words. A Korean clipping of a guide's name ("인플랫": 인프라 플랫폼, infra-platform) names it the same
/// way. Examples written for these tests, not evaluation questions.</summary>
public sealed class ClippedGuideNameTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("net", true)]
    [InlineData("netw", true)]
    [InlineData("comp", true)]
    [InlineData("ne", false)] // too short to name anything
    [InlineData("k8s", false)] // the start of two guides' names
    [InlineData("cloud", false)]
    public void The_start_of_one_guides_name_names_it(string word, bool names) => Assert.Equal(names, Index.Units.NamesGuide(word));

    [Fact]
    public void A_question_naming_the_guide_by_a_clipped_name_is_answered_from_it()
    {
        var answer = Index.Answer("Dynamic routing protocols: which are listed in the net guide?", 3);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.True(answer.Signals!.GuideTalkShare > 0);
        Assert.False(answer.Signals.TopicUntouched);
        Assert.Equal("networking", answer.Hits[0].Section.Guide);
    }

    [Fact]
    public void A_clipped_guide_name_is_set_aside_once()
    {
        // "net" is also an everyday English word: the guide talk sets it aside, the everyday share does not again.
        Assert.True(GeneralWords.IsGeneral("net"));
        var answer = Index.Answer("Dynamic routing protocols: which are listed in the net guide?", 3);
        Assert.True(answer.Signals!.GuideTalkShare > 0);
        Assert.Equal(0, answer.Signals.EverydayShare);
    }

    [Theory]
    [InlineData("how do I set up dependency injection in .net core")]
    [InlineData("best fishing net knots for beginners")]
    [InlineData("net 쪽 연봉 협상 어떻게 해")]
    public void A_clipped_word_beside_another_topic_stays_declined(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);

    [Theory]
    [InlineData("인플랫", "infra-platform")] // 인(프라) + 플랫(폼)
    [InlineData("인플랫폼", "infra-platform")]
    public void A_korean_clipping_of_a_guides_name_names_it(string word, string guide)
    {
        var concept = Index.Reader.Read(word + " 트랙 모니터링 도구 뭐 써").Concepts.First(c => c.Text == word);
        Assert.Equal(guide, concept.Alternatives[^1]);
        Assert.Contains(concept.Glossary, g => g.StartsWith("clipped guide name", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("인플")] // two syllables: too short to be read as a name
    [InlineData("인프라플랫폼")] // the whole name is no clipping
    public void Other_words_are_no_clipped_guide_name(string word) =>
        Assert.DoesNotContain(Index.Reader.Read(word + " 트랙 모니터링 도구 뭐 써").Concepts, c => c.Glossary.Any(g => g.StartsWith("clipped guide name", StringComparison.Ordinal)));

    [Fact]
    public void A_question_naming_the_guide_by_a_korean_clipping_is_answered_from_it()
    {
        var answer = Index.Answer("인플랫 트랙에서 메트릭 쿼리할 때 쓰는 언어가 뭐더라", 3);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.False(answer.Signals!.TopicUnknown);
        Assert.Equal("infra-platform", answer.Hits[0].Section.Guide);
    }

    [Fact]
    public void A_korean_clipping_beside_another_topic_stays_declined() =>
        Assert.Equal(AnswerConfidence.None, Index.Answer("인플랫 트랙 사람들이랑 회식 장소 추천 좀", 3).Confidence);

    [Theory]
    [InlineData("우리")]
    [InlineData("저희")]
    [InlineData("쓰고")]
    [InlineData("두고")]
    [InlineData("쓰다")]
    public void Words_naming_no_topic_weigh_as_function_words(string word)
    {
        var question = Index.Reader.Read(word + " 테라폼 state 관리");
        Assert.Equal(WordOrigin.Predicate, question.Concepts.Single(c => c.Text == word).Origin);
    }
}
