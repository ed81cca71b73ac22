namespace StudyBot.Tests.Guides;

/// <summary>A setting's value is of the kind its shape says (<see cref="ValueKinds"/>): a learner asking for the
/// availability zone, the region, the disk's size or volume type, or the instance's size finds the lab setup's "Key:
/// value" line that gives it, though the key written there is another word. Examples written for these tests, not
/// evaluation questions.</summary>
public sealed class ValueKindsTests
{
    private const string LabSetup = "devops-k8s-5weeks#2-실습-환경-구성-aws";

    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("서브넷 정보: ap-northeast-2a", "availability zone")]
    [InlineData("zone: asia-northeast3-a", "availability zone")]
    [InlineData("region: us-east-1", "region")]
    [InlineData("Storage: 20G, gp3", "size")]
    [InlineData("Storage: 20G, gp3", "volume")]
    [InlineData("인스턴스 유형: t2.medium (2cpu, 4G memory)", "instance")]
    [InlineData("VPC CIDR: 10.0.0.0/16", "cidr")]
    [InlineData("열 포트: 22/tcp, 30000-32767/tcp", "port")]
    [InlineData("1. /metrics 엔드포인트에서 Pull", "path")]
    [InlineData("value: /api/v1", "path")]
    public void A_value_is_of_the_kind_its_shape_says(string line, string kind) =>
        Assert.Contains(ValueKinds.Of(line), k => k.Names.Contains(kind));

    [Theory]
    [InlineData("서브넷 정보: ap-northeast-2a", "availability zone")]
    [InlineData("region: us-east-1", "region")]
    [InlineData("Storage: 20G, gp3", "size", "volume")]
    [InlineData("인스턴스 유형: t2.medium (2cpu, 4G memory)", "size", "instance")]
    public void A_line_has_each_kind_it_writes_once_in_the_order_of_the_shapes(string line, params string[] kinds) =>
        // A zone's code holds no region's code of its own (its letter ends it); "4G" is a size, "t2.medium" a machine.
        Assert.Equal(kinds, ValueKinds.Of(line).Select(k => k.Names[0]));

    [Theory]
    [InlineData("kubectl get pods -n kube-system")]
    [InlineData("Day 2: 워크로드 관리")]
    [InlineData("v1.28 업그레이드")]
    [InlineData("cpu: 500m")]
    [InlineData("Prometheus 공식 문서 (https://prometheus.io/docs/)")]
    [InlineData("CPU/메모리 사용량 모니터링")]
    [InlineData("</div>")]
    public void A_line_with_no_setting_value_has_no_kind(string line) =>
        Assert.Empty(ValueKinds.Of(line));

    [Theory]
    [InlineData("실습할 때 가용영역은 어디로 했었지?", "ap-northeast-2a")]
    [InlineData("which availability zone is the lab subnet in", "ap-northeast-2a")]
    [InlineData("what region were the practice servers in", "ap-northeast-2a")]
    [InlineData("실습 서버 볼륨 타입 뭐였더라", "gp3")]
    [InlineData("how large a disk and what volume type for the lab servers", "20G")]
    public void A_value_asked_by_its_kind_finds_the_setup_line(string question, string value)
    {
        var answer = Index.Answer(question, 3);
        Assert.Equal(LabSetup, answer.Hits[0].Section.Key);
        Assert.Contains(answer.Lines, l => l.Text.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_asked_by_its_kind_finds_the_line_writing_it()
    {
        // The line writes the path itself and calls it an endpoint; the question asks it as a path.
        var answer = Index.Answer("프로메테우스는 타겟의 어느 http 경로에서 메트릭을 가져와?", 3);
        Assert.Equal("k8s-week3-part3#-핵심-설명", answer.Hits[0].Section.Key);
        Assert.Contains(answer.Lines, l => l.Text.Contains("/metrics", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_reading_the_zone_is_not_found_by_its_kind()
    {
        using var unread = Index.With(Index.Profile.Tuning with { ValueKindCredit = 0 });
        Assert.NotEqual(LabSetup, unread.Answer("실습할 때 가용영역은 어디로 했었지?", 3).Hits[0].Section.Key);
    }

    [Fact]
    public void An_aspect_alone_does_not_name_the_kind() =>
        // "type" is a value's kind only beside the kind's name ("volume type"): gp3 is no answer to a type of operator.
        Assert.DoesNotContain(Index.Answer("오퍼레이터 타입 세가지 알려줘", 3).Hits, h => h.Section.Key == LabSetup);
}
