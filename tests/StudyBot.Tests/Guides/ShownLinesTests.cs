namespace StudyBot.Tests.Guides;

/// <summary>The lines an answer shows from the right section (<see cref="AnswerEngine.Extract"/>): a stretch of a section's
/// own top-level list brings the item after it, and a question asking a number of a measure besides something else is shown
/// the line giving that number. Examples written for these tests, not evaluation questions.</summary>
public sealed class ShownLinesTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Fact]
    public void Two_items_of_a_sections_own_list_bring_the_next_one()
    {
        // "3단계: 고급 (5-6개월)" is a heading over three numbered items with nothing above them in the section: naming the
        // first two asks what comes after them.
        var answer = Index.Answer("in the advanced stage of the networking roadmap, what follows event-driven architecture and kubernetes networking", 3);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.Contains("Kubernetes 네트워킹", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Service Mesh 구성", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_of_the_measure_asked_is_shown_beside_the_best_line()
    {
        // "Day 3-4: 구현 및 테스트" shares most of the question and is the best line by far; the team size ("2-3명씩 팀
        // 구성"), far below it, is what 몇 명 asks.
        var answer = Index.Answer("최종 프로젝트 Day 3-4에는 뭐 해? 그리고 몇 명씩 하는 거야", 3);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.Contains("구현 및 테스트", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2-3명씩", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kept_line_under_one_giving_the_number_brings_no_other()
    {
        // "고급 기능 구현 (+10점)" is shown over the items that name the question's words: its points answer, and the
        // next bonus's "(+5점)" is not added.
        var answer = Index.Answer("how many bonus points for applying istio service mesh", 3);
        Assert.Contains("+10점", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("+5점", answer.Text, StringComparison.Ordinal);
    }
}
