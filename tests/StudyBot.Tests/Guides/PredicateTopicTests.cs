namespace StudyBot.Tests.Guides;

/// <summary>A Hangul word the guides never use that ends as a verb or adjective form does (<see cref="KoreanWords.EndsLikePredicate"/>)
/// says what is done, not what about: it is never the question's topic (<see cref="Question.Topic"/>), and the coverage
/// floor sets it aside as an everyday word (<see cref="AnswerSignals.EverydayShare"/>). Two-syllable nouns ending in 고 or
/// 게 stay nouns. Examples written for these tests, not evaluation questions.</summary>
public sealed class PredicateTopicTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("쓰자고")]
    [InlineData("번지게")]
    [InlineData("끝나고")]
    [InlineData("붙이려")]
    [InlineData("넘어갈까")]
    [InlineData("싸진다는")]
    [InlineData("잇는")]
    [InlineData("굽는")]
    [InlineData("과하게")]
    public void Verb_endings_read_loosely(string word) => Assert.True(KoreanWords.EndsLikePredicate(word));

    [Theory]
    [InlineData("가게")]
    [InlineData("지게")]
    [InlineData("연고")]
    [InlineData("재고")]
    [InlineData("최고")]
    [InlineData("창고")]
    [InlineData("회사")]
    [InlineData("돈")]
    [InlineData("로컬")]
    [InlineData("하는")]
    [InlineData("abc고")]
    public void Nouns_and_other_words_do_not(string word) => Assert.False(KoreanWords.EndsLikePredicate(word));

    [Fact]
    public void A_verb_form_opening_the_question_is_not_its_topic()
    {
        var question = Index.Reader.Read("과하게 잡아둔 리소스 요청 줄이는 법");
        Assert.Contains(question.Concepts, c => c.Text == "과하게" && c.Origin == WordOrigin.Unknown);
        Assert.NotNull(question.Topic);
        Assert.NotEqual("과하게", question.Topic.Text);
    }

    [Fact]
    public void A_predicate_ending_word_is_predicative_only_when_unknown()
    {
        var question = Index.Reader.Read("자원을 과하게 나눠준 거 다시 거둬들이는 방법");
        var concept = Assert.Single(question.Concepts, c => c.Text == "과하게");
        Assert.Equal(WordOrigin.Unknown, concept.Origin);
        Assert.True(Question.Predicative(concept));
        Assert.False(Question.Predicative(Assert.Single(question.Concepts, c => c.Text == "자원")));
    }

    [Fact]
    public void The_floor_sets_a_verb_form_aside_beside_the_questions_own_ideas()
    {
        var answer = Index.Answer("요청 리소스를 과하게 잡아둔 파드 줄이는 방법", 3);
        Assert.True(answer.Signals!.EverydayShare > 0);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
    }
}
