using StudyBot.Testing;

namespace StudyBot.Tests.Guides;

/// <summary>Two ideas of a question are one thing when one's names include the other ("redis" and 캐시, "aws" and
/// 아마존) — not when they only share one ambiguous short form: 지속적 제공 and 지속적 배포 are both "CD", yet a question
/// naming both compares two things the guides list side by side, and the line naming one is not "only its topic".
/// Examples written for these tests, not evaluation questions.</summary>
public sealed class SharedShortFormTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("지속적 제공이랑 지속적 배포 둘다 씨디라서 맨날 헷갈림")]
    [InlineData("지속적 배포랑 지속적 제공 뭐가 달라? 둘 다 씨디라 늘 헷갈림")]
    public void Two_things_sharing_one_short_form_are_answered_where_the_guides_list_both(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.Equal("devops-k8s-5weeks#cicdcontinuous-integrationcontinuous-delivery-or-deployment", answer.Hits[0].Section.Key);
        Assert.False(answer.Signals!.OnlyTopicNamed);
    }
}
