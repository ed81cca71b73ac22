namespace StudyBot.Tests.Guides;

/// <summary>How the room of an answer is spent: the few best lines are lines that say something of their own, and the
/// bound leaves out what answers least. Examples written for these tests, not evaluation questions.</summary>
public sealed class AnswerRoomTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Fact]
    public void Items_a_better_line_brings_take_no_place_among_the_best_lines()
    {
        // "멀티 레벨 아키텍처" brings its four items (Region, AZ, Cell, Rack), each sharing the question's words: they
        // are shown with it, and the line naming the levels together is shown as well.
        var answer = Index.Answer("infra hierarchy levels for compute design", 3);
        Assert.Equal("compute#5-클라우드-인프라-설계", answer.Hits[0].Section.Key);
        Assert.Contains(answer.Lines, l => l.Text.Contains("Region/Availability Zone/Cell/Rack", StringComparison.Ordinal));
        Assert.Contains(answer.Lines, l => l.Text == "Rack 단위 관리");
        Assert.DoesNotContain(answer.Lines, l => l.Text == "장애 격리 (Failure Isolation)");
    }

    [Fact]
    public void A_section_that_is_one_flat_list_is_shown_whole_when_named()
    {
        // The checklist's seven items are the section; naming it asks for all of them, past the six opening lines.
        var answer = Index.Answer("show me every item on the infra platform checklist", 3);
        Assert.Equal("infra-platform#체크리스트", answer.Hits[0].Section.Key);
        Assert.Contains(answer.Lines, l => l.Text.StartsWith("Kubernetes Controller/Operator 개발 가능", StringComparison.Ordinal));
        Assert.Contains(answer.Lines, l => l.Text.StartsWith("Linux OS 이미지 관리 가능", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_kept_items_of_one_list_bring_the_item_after_them()
    {
        // "Terraform 기초 문법" and "Provider 이해 및 사용" are the first two of Terraform's five items: the one after
        // them ("State 관리") is what comes next; the last ("Workspace 활용") is not brought.
        var answer = Index.Answer("테라폼 기초 문법이랑 provider 다음에는 뭘 배우지", 3);
        Assert.Equal("infra-platform#3-infrastructure-as-code-iac", answer.Hits[0].Section.Key);
        var texts = answer.Lines.Select(l => l.Text).ToArray();
        Assert.Contains("Provider 이해 및 사용", texts);
        Assert.Contains("State 관리", texts);
        Assert.DoesNotContain("Workspace 활용", texts);
    }

    [Fact]
    public void A_label_that_answers_comes_with_its_items_before_the_best_lines_short_list()
    {
        // "docs" asks for "추가 학습 자료:", which only labels the two links under it: both are shown, though the load
        // balancer item's short list (firewall, switch …) fills the bound.
        var answer = Index.Answer("load balancer docs to read", 3);
        Assert.Equal("networking#5-네트워크-어플라이언스-연동", answer.Hits[0].Section.Key);
        Assert.Contains(answer.Lines, l => l.Text.StartsWith("F5 Networks API 문서", StringComparison.Ordinal));
        Assert.Contains(answer.Lines, l => l.Text.StartsWith("HAProxy 문서", StringComparison.Ordinal));
    }

    [Fact]
    public void A_section_named_then_a_topic_of_its_own_shows_the_list_on_that_topic_whole()
    {
        // The question names "4. Cloud-native 컴퓨팅 서비스" and then its own topic: the item on it brings its three
        // lines right after the section's opening labels, so the bound cuts the labels' other items, not the last of them.
        var answer = Index.Answer("cloud native 컴퓨팅 서비스에 컨테이너 운영 내용 있어?", 3);
        Assert.Equal("compute#4-cloud-native-컴퓨팅-서비스", answer.Hits[0].Section.Key);
        Assert.Contains(answer.Lines, l => l.Text == "컨테이너화된 서비스 운영");
        Assert.Contains(answer.Lines, l => l.Text == "서비스 디스커버리");
        Assert.True(answer.Lines.Count <= AnswerTuning.Default.MaxShownLines);
    }

    [Fact]
    public void When_the_room_runs_out_the_lines_under_a_line_with_the_question_words_come_before_fillers()
    {
        // "gRPC 개발" has the question's word and brings its four items; the items of the lists beside it ("RESTful
        // API 설계", the practice projects) have none of the question's words and give way when the bound is reached.
        var answer = Index.Answer("which grpc invocation patterns are covered in the api guide", 3);
        Assert.Equal("networking#2-api-설계-및-개발", answer.Hits[0].Section.Key);
        Assert.Contains(answer.Lines, l => l.Text.StartsWith("스트리밍 (Unary", StringComparison.Ordinal));
        Assert.Contains(answer.Lines, l => l.Text == "인터셉터 및 미들웨어");
        Assert.True(answer.Lines.Count <= AnswerTuning.Default.MaxShownLines);
    }

    [Fact]
    public void An_item_without_the_question_words_under_a_line_that_has_them_keeps_its_place()
    {
        // "Namespace 및 Cgroups" has none of the question's words beyond the section's heading, but hangs under "Linux
        // Kernel 가상화", which has them: it is not a filler, and is shown with its list.
        var answer = Index.Answer("linux kernel 가상화에서 container isolation 기술 뭐 배워?", 3);
        Assert.Equal("compute#2-가상화-기술-linux-kernel--hypervisor", answer.Hits[0].Section.Key);
        Assert.Contains(answer.Lines, l => l.Text == "Namespace 및 Cgroups");
        Assert.True(answer.Lines.Count <= AnswerTuning.Default.MaxShownLines);
    }
}
