namespace StudyBot.Tests.Guides;

/// <summary>A best line with several of the question's ideas at once, its section clear of the next, is the closest the
/// guides come even when the learner's other words are words the guides never use: it is shown (medium), not declined
/// (<see cref="AnswerEngine.Concentrated"/>). An off-topic question meets the guides in one or two words and stays
/// declined. Examples written for these tests, not evaluation questions.</summary>
public sealed class ConcentratedLineTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("does the kubelet container log gizmo get rotated or just piles up forever")] // "gizmo": a name to the reader; "thingy" is chat (EnglishWords.IsMadeOfEveryday)
    public void A_line_with_several_of_the_ideas_is_shown_though_a_decline_rule_holds(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.True(AnswerEngine.Concentrated(answer.Signals!));
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.NotEmpty(answer.Lines);

        // Without the ideas in one line the same signals decline: the pardon is this rule's.
        var apart = answer.Signals! with { OwnIdeasInLine = 1, IdeasInLine = 1 };
        Assert.Equal(AnswerConfidence.None, Index.Engine.Decide(answer.Question!, answer.Hits, apart));
    }

    [Theory]
    [InlineData("ansible playbook handler notify 순서 꼬임")]
    [InlineData("redis 캐시 eviction lfu lru 뭐가 나음")]
    public void An_off_topic_question_meeting_the_guides_in_two_words_stays_declined(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.False(AnswerEngine.Concentrated(answer.Signals!));
        Assert.Equal(AnswerConfidence.None, answer.Confidence);
    }

    [Theory]
    [InlineData("pip install 하면 가상환경 문제 생기나요?")]
    [InlineData("rust cargo 빌드할때 가상환경 문제 있나요")]
    public void A_word_glued_from_two_guide_words_counts_once_and_an_everyday_compound_stays_declined(string question)
    {
        // 가상환경 (a virtual environment) is read as 가상 · 환경, both guide words, which a line on network
        // virtualization has together with 문제: one word the learner wrote, not two ideas met at once.
        var answer = Index.Answer(question, 3);
        var concepts = answer.Question!.Concepts;
        var second = concepts.Single(c => c.Text == "환경");
        Assert.True(second.Glued);
        Assert.False(concepts[concepts.ToList().IndexOf(second) - 1].Glued);
        Assert.False(AnswerEngine.Concentrated(answer.Signals!));
        Assert.Equal(AnswerConfidence.None, answer.Confidence);
    }

    [Fact]
    public void Words_written_apart_are_not_glued()
    {
        var question = Index.Answer("가상 환경 문제", 3).Question!;
        Assert.DoesNotContain(question.Concepts, c => c.Glued);
    }

    [Theory]
    [InlineData(3, 3, 0.3, true)] // three of the question's own words
    [InlineData(2, 3, 0.3, true)] // two and a general word counting half
    [InlineData(1, 4, 0.3, true)] // one and three general words
    [InlineData(2, 2, 0.9, false)] // two words meet the guides by chance ("terraform state")
    [InlineData(1, 3, 0.9, false)]
    [InlineData(3, 3, 0.1, false)] // the next section is as close: no line stands out
    public void Several_ideas_count_with_general_words_at_half_and_need_a_margin(int own, int ideas, double margin, bool concentrated)
    {
        var signals = new AnswerSignals(0.3, 0, 1, 5, 0, 0, 0, 0, 0, margin, false, OwnIdeasInLine: own, IdeasInLine: ideas);
        Assert.Equal(concentrated, AnswerEngine.Concentrated(signals));
    }
}
