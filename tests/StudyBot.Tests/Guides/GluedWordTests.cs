using StudyBot.Guides;

namespace StudyBot.Tests.Guides;

/// <summary>A Hangul word the guides do not have as a whole, with something glued on: a noun made a verb whose noun the
/// guides lack but a glossary term written apart has ("장애 주입해보는" → 장애 주입), and a scaffolding noun that says
/// what is asked glued to the thing it asks about ("툴이름" → 툴 · 이름) — read as the words inside it
/// (QuestionReader.Stem, Segment). Examples are made up here, never evaluation questions.</summary>
public sealed class GluedWordTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Fact]
    public void A_noun_made_a_verb_keeps_its_noun_for_a_glossary_term_written_apart()
    {
        // 장애 주입 (chaos engineering) is a glossary term; 주입 alone is no guide word.
        var glued = Index.Reader.Read("장애 주입해보는 실습 있어").Concepts;
        Assert.Contains(glued, c => c.Text == "장애 주입");
        Assert.DoesNotContain(glued, c => c.Text.StartsWith("주입해", StringComparison.Ordinal));
    }

    [Fact]
    public void A_noun_made_a_verb_that_no_glossary_term_has_stays_the_verb_form()
    {
        // 수련 is in no glossary term: left as the verb form, so the bare noun is not read anew by the typo or spelling
        // readings (an off-topic question stays declined).
        var read = Index.Reader.Read("요가 수련해보는 방법").Concepts;
        Assert.DoesNotContain(read, c => c.Text == "수련");
    }

    [Theory]
    [InlineData("배포할 때 쓰는 툴이름 알려줘", "툴")]
    [InlineData("모니터링 도구이름 뭐였지", "도구")]
    public void A_scaffolding_noun_glued_to_the_thing_still_asks_its_name(string question, string thing)
    {
        var read = Index.Reader.Read(question);
        Assert.Equal(AnswerHint.Name, read.Hint);
        Assert.Contains(read.Concepts, c => c.Text == thing && c.Origin == WordOrigin.Guide);
    }

    [Fact]
    public void Written_apart_and_glued_read_alike()
    {
        Assert.Equal(
            Index.Reader.Read("배포할 때 쓰는 툴 이름 알려줘").Concepts.Select(c => c.Text),
            Index.Reader.Read("배포할 때 쓰는 툴이름 알려줘").Concepts.Select(c => c.Text));
    }

    [Theory]
    [InlineData("연립방정식 푸는 법")] // 정식 is scaffolding, but 연립 is no guide word: the word stays whole
    [InlineData("총정리 해줘")] // 정리 asks nothing (no hint): 총 is not cut off
    public void A_word_whose_rest_is_not_an_asking_noun_is_not_cut(string question) =>
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Text is "연립" or "총");
}
