namespace StudyBot.Tests.Guides;

public sealed class GuideParserTests
{
    private static GuideCatalog Catalog => SeedGuides.Catalog;

    [Fact]
    public void All_five_guides_are_loaded_with_unique_checklist_ids()
    {
        Assert.Equal(["compute", "devops-k8s-5weeks", "infra-platform", "k8s-week3-part3", "networking"], Catalog.Guides.Select(g => g.Name));
        Assert.Equal(140, Catalog.Items.Count);
        Assert.All(Catalog.Items, i => Assert.True(GuideParser.IsSlug(i.Id), i.Id));
    }

    [Fact]
    public void Contract_example_item_resolves_with_title_and_section()
    {
        var item = Catalog.FindItem("k8s-operator");
        Assert.NotNull(item);
        Assert.Equal("Kubernetes Controller/Operator 개발 가능", item.Title);
        Assert.Equal("infra-platform", item.Guide);
        Assert.Equal("체크리스트", item.Section.Heading);
    }

    [Fact]
    public void Contract_example_section_has_its_path_and_anchor()
    {
        var section = Catalog.FindSection("k8s-week3-part3", "session-2-오토스케일링--자동화-50분");
        Assert.NotNull(section);
        Assert.Equal(["Week 3 Kubernetes 상세 계획서 - Part 3", "📅 Day 5: 운영 & 고급 기능", "Session 2: 오토스케일링 & 자동화 (50분)"], section.Path);
        Assert.Contains("HPA", section.FullText, StringComparison.Ordinal);
        Assert.Contains("averageUtilization", section.FullText, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_lines_in_fenced_code_are_code_not_headings()
    {
        var week3 = Catalog.FindGuide("k8s-week3-part3")!;
        Assert.DoesNotContain(week3.Sections, s => s.Heading.StartsWith("HPA (Horizontal Pod Autoscaler)", StringComparison.Ordinal));
        Assert.Contains(week3.Sections, s => s.Text.Contains("# HPA (Horizontal Pod Autoscaler)", StringComparison.Ordinal));
    }

    [Fact]
    public void Daily_checkpoints_carry_their_day_as_group()
    {
        var item = Catalog.FindItem("w3-d5-autoscaling")!;
        Assert.Equal("Day 5: 운영 & 고급 기능", item.Group);
        Assert.Equal("일일 체크포인트", item.Section.Heading);
    }

    [Fact]
    public void Bold_curriculum_items_become_sections()
    {
        var course = Catalog.FindGuide("devops-k8s-5weeks")!;
        var week1 = Assert.Single(course.Sections, s => s.Heading == "1. 쿠버네티스 기본 개념과 아키텍처");
        Assert.Equal(["따배런 : 실전 DevOps 환경의 쿠버네티스 완벽 적용 실습(5주 과정)", "1. 커리큘럼", "1. 쿠버네티스 기본 개념과 아키텍처"], week1.Path);
        Assert.Contains("kubeadm", week1.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_are_refused()
    {
        var a = GuideParser.Parse("a", "# A\n- [ ] one {#same}\n");
        var b = GuideParser.Parse("b", "# B\n- [ ] two {#same}\n");
        Assert.Throws<GuideFormatException>(() => new GuideCatalog([a, b]));
    }
}
