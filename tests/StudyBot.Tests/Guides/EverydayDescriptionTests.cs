namespace StudyBot.Tests.Guides;

/// <summary>The glossary's descriptions of things the guides name, in the everyday words a learner types when no word of
/// the question meets the guide's own term: services cut small for microservices, several customer companies for
/// multi-tenancy, read and write models for CQRS, the Seoul region for the lab's ap-northeast-2a, a request's flow for
/// a request crossing services for tracing. Each description reads as the name (one way). Examples written for these tests, not evaluation questions.</summary>
public sealed class EverydayDescriptionTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("서비스를 잘게 쪼개 두면 배포는 어떻게 해", "마이크로서비스")]
    [InlineData("여러 고객사 네트워크 분리 구조", "멀티 테넌트")]
    [InlineData("같은 인프라를 나눠 쓰는 고객들 격리", "멀티 테넌트")]
    [InlineData("읽기 모델과 쓰기 모델을 나누는 이유", "cqrs")]
    [InlineData("CR 지울 때 정리 로직", "finalizer")]
    [InlineData("kubernetes from scratch tutorial", "kubernetes the hard way")]
    [InlineData("서울 리전 서브넷 설정", "ap northeast 2a")]
    [InlineData("요청이 여러 서비스를 거쳐 가는 경로 보는 도구", "분산 추적")]
    [InlineData("컨테이너 이미지 저장소 운영", "컨테이너 레지스트리")]
    [InlineData("set of firewall rules for the lab", "security group")]
    [InlineData("호스트별 점수 계산 로직 직접 짜기", "웨이터")]
    [InlineData("how do you score hosts in a custom scheduler", "웨이터")]
    [InlineData("고객마다 네트워크를 분리하는 클라우드", "멀티 테넌트")]
    public void A_description_reads_as_the_name(string question, string name) =>
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains(name, StringComparer.OrdinalIgnoreCase));

    [Theory]
    [InlineData("서울 리전 서브넷 설정", "devops-k8s-5weeks#2-실습-환경-구성-aws")]
    [InlineData("여러 고객사 네트워크 분리 구조", "networking#3-openstack-기반-서비스-개발")]
    [InlineData("읽기 모델과 쓰기 모델을 나누는 이유", "networking#6-event-driven-아키텍처")]
    [InlineData("nova에서 호스트에 점수 주는 부분 개발", "compute#3-스케줄링-및-리소스-관리")]
    public void The_described_thing_finds_its_section(string question, string section) =>
        Assert.Contains(section, Index.Search(question, 3).Select(h => h.Section.Key));

    [Fact]
    public void The_name_is_not_read_as_its_description()
    {
        // One way: a question naming multi-tenancy is not read as "several customer companies".
        Assert.DoesNotContain(Index.Reader.Read("멀티 테넌트 네트워크").Concepts, c => c.Alternatives.Contains("여러 고객사", StringComparer.Ordinal));
    }
}
