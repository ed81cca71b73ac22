using StudyBot.Testing;

namespace StudyBot.Tests.Guides;

/// <summary>How a Latin word is read as a name: a part of a dotted name ("Next.js", "socket.io") names a thing even when
/// it is an everyday English word ("next"), and a bare number ("200 nodes") is a count, not a name the guides leave out.
/// Examples written for these tests, not evaluation questions.</summary>
public sealed class DottedNameTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("In the Next.js app router, why?", "next", true)]
    [InlineData("In the Next.js app router, why?", "js", true)]
    [InlineData("socket.io rooms", "socket", true)]
    [InlineData("ASP.NET core hosting", "asp", true)]
    [InlineData("I was done.Next I tried", "done", false)]
    [InlineData("I was done. Next I tried", "done", false)]
    [InlineData("see e.g. the lab", "e", false)]
    [InlineData("version 1.25 of kubeadm", "kubeadm", false)]
    public void A_word_glued_by_a_dot_to_a_short_suffix_is_part_of_a_name(string text, string word, bool dotted)
    {
        Assert.Equal(dotted, QueryText.InDottedName(text, word));
    }

    [Theory]
    [InlineData("With Next.js server actions, how do I revalidate one page?")]
    [InlineData("In the Next.js app router, how can one server component skip the cache?")]
    [InlineData("socket.io 방에 사용자 넣는 법")]
    public void A_question_about_a_dotted_name_the_guides_never_write_is_declined(string question)
    {
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }

    [Theory]
    [InlineData("Node.js 백엔드는 뭘로 배포해?")]
    [InlineData("Our team runs 300 servers; which stacks does the infra role list for centralized logging?")]
    [InlineData("50개 노드에 로그 수집기 DaemonSet 배포는 어떻게 해?")]
    public void A_dotted_name_the_guides_write_and_a_count_stay_answered(string question)
    {
        Assert.NotEqual(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }

    [Fact]
    public void A_bare_number_is_not_read_as_a_name()
    {
        var concepts = Index.Reader.Read("Our team runs 300 servers; which stacks does the infra role list for centralized logging?").Concepts;
        Assert.Contains(concepts, c => c.Text == "300");
        Assert.DoesNotContain(concepts, c => c.Text == "300" && c.Origin == WordOrigin.ForeignName);
        Assert.Contains(Index.Reader.Read("k6 부하 테스트 스크립트 작성법").Concepts, c => c.Text == "k6" && c.Origin == WordOrigin.ForeignName);
    }
}
