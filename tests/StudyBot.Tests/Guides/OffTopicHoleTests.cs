using StudyBot.Testing;

namespace StudyBot.Tests.Guides;

/// <summary>Made-up off-topic questions (madeup/offholes.yaml): near-domain ones naming a tool the guides mention in passing
/// (GitHub, GitLab, Grafana, EC2, Lambda, Terraform, Kafka …) and asking what the guides never explain, and everyday ones.
/// A guard: the share declined may not fall, and the questions about those same tools that the guides do answer stay
/// answered. Examples written for these tests, not evaluation questions.</summary>
public sealed class OffTopicHoleTests
{
    private static readonly string Root = ContentPaths.FindContentRoot();
    private static GuideIndex Index => SeedGuides.Index;

    private static IReadOnlyList<EvalQuestion> MadeUp() =>
        AskEvaluation.LoadFile(Path.Combine(Root, "tests", "StudyBot.Tests", "Guides", "madeup", "offholes.yaml"), "offholes");

    [Fact]
    public void The_made_up_set_is_off_topic_only_and_large_enough()
    {
        var set = MadeUp();
        Assert.All(set, q => Assert.True(q.OffTopic));
        Assert.True(set.Count(q => q.Near) >= 40);
        Assert.True(set.Count(q => !q.Near) >= 20);
    }

    [Fact]
    public void Most_made_up_off_topic_questions_are_declined()
    {
        var set = MadeUp();
        var declined = set.Where(q => Index.Answer(q.Question, 3).Confidence == AnswerConfidence.None).ToArray();
        // 57 of 70 on 2026-12-06 (every everyday one, 37 of 50 near the domain), 58 with BareNameAsked; 83 of 110 with the
        // 40 side-word ones added (oh-071 on: 25 of 40 declined, the rest answered through a word the guides use in another
        // sense, 조직, mode, 비밀번호, 가격): a floor, not a target. Tried and dropped (2026-12-06, offside2): declining when a
        // listed-only name never shares a line of the three closest sections with the question's other own ideas and no line
        // of the best section has two of its ideas — 89-94/110, but on-topic answers lost in 12-28 tuning groups
        // (paraphrases: "harbor 에서 취약점 검사 같은것도 해?"); requiring each other idea in those sections kept 2 losses for 1 gain.
        Assert.True(declined.Length >= 83, $"declined {declined.Length}/{set.Count}");
        Assert.All(set.Where(q => !q.Near), q => Assert.Contains(q, declined));
    }

    [Theory]
    [InlineData("Github Actions로 CI 구축하는 것도 배워?")]
    [InlineData("GitLab 항목에서 뭘 공부해?")]
    [InlineData("Grafana 이름은 어디서 온거야?")]
    [InlineData("what does the final project use Grafana for")]
    [InlineData("실습용 EC2 인스턴스 유형 뭐야?")]
    [InlineData("terraform 기초 문법도 나와?")]
    [InlineData("ansible vault로 시크릿 관리하는거 배움?")]
    [InlineData("ELK 스택에서 E는 뭐야?")]
    [InlineData("argocd로 CD 구축하는 건 몇 주차야?")]
    [InlineData("which ingress controller does the final project use")]
    [InlineData("Grafana 대시보드 구성은 어디서 배워?")]
    [InlineData("Harbor에서 이미지 스캔하는 것도 배워?")]
    [InlineData("keycloak으로 인증 서비스 구성하는 거 나와?")]
    [InlineData("실습용 EC2 인스턴스는 몇 개 만들어?")]
    [InlineData("terraform state 관리도 배워?")]
    public void The_same_tools_as_the_guides_treat_them_stay_answered(string question)
    {
        Assert.NotEqual(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }
}
