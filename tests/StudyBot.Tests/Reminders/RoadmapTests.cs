using StudyBot.Reminders;

namespace StudyBot.Tests.Reminders;

public sealed class RoadmapTests
{
    private static GuideCatalog Guides => SeedGuides.Catalog;
    private static readonly string Yaml = File.ReadAllText(Path.Combine(SeedGuides.Folder, RoadmapFile.FileName));
    private static readonly RoadmapCatalog Catalog = RoadmapBuilder.Build(Guides, RoadmapFile.Parse(Yaml));

    [Fact]
    public void Every_guide_is_a_track()
    {
        Assert.Equal(["compute", "devops-k8s-5weeks", "infra-platform", "k8s-week3-part3", "networking"], Catalog.Tracks);
    }

    [Fact]
    public void Five_week_course_has_its_weeks_goals_keywords_and_labs_from_the_guide()
    {
        var course = Catalog.Find("devops-k8s-5weeks")!;
        Assert.Equal(5, course.Weeks.Count);
        Assert.Equal("쿠버네티스 기본 개념과 아키텍처", course.Weeks[0].Topic);
        Assert.Equal(3, course.Weeks[0].Goals.Count);
        Assert.Contains("쿠버네티스 아키텍처", course.Weeks[0].Keywords);
        Assert.Equal(["도커 컨테이너 빌드 및 배포", "쿠버네티스 클러스터 구축"], course.Weeks[0].Labs);
        Assert.Equal("GitOps를 이용한 배포 서비스 자동화", course.Weeks[4].Topic);
        Assert.Equal(25, course.Days.Count);

        // Week 1's labs fall on its days 4 and 5 (roadmaps.yaml), not on day 1.
        Assert.False(course.Day(1)!.HasLab);
        Assert.True(course.Day(4)!.HasLab);
        var day6 = course.Day(6)!;
        Assert.Equal((2, 1), (day6.Week, day6.Day));
        Assert.Equal(new TimeOnly(19, 0), course.LabTime);
    }

    [Fact]
    public void Week3_plan_has_day5_sessions_with_durations_lab_challenge_project_and_daily_checkpoints()
    {
        var week3 = Catalog.Find("k8s-week3-part3")!;
        Assert.Equal(5, week3.Days.Count);
        var day5 = week3.Day(5)!;
        Assert.Equal((3, 5), (day5.Week, day5.Day));
        Assert.Equal("운영 & 고급 기능", day5.Theme);
        Assert.Equal(
            [
                ("Session 1: 모니터링 & 로깅", SessionKind.Session, 50),
                ("Session 2: 오토스케일링 & 자동화", SessionKind.Session, 50),
                ("Session 3: 고급 기능 & 미래", SessionKind.Session, 50),
                ("Lab 5: 운영 환경 구축", SessionKind.Lab, 90),
                ("Challenge 5: 운영 장애 대응", SessionKind.Challenge, 90),
            ],
            day5.Sessions.Take(5).Select(s => (s.Title, s.Kind, (int)s.Duration!.Value.TotalMinutes)));
        Assert.Equal(SessionKind.Project, day5.Sessions[^1].Kind);
        Assert.Equal("session-2-오토스케일링--자동화-50분", day5.Sessions[1].Section.Anchor);
        Assert.Equal(["w3-d5-monitoring", "w3-d5-autoscaling", "w3-d5-crd-operator"], day5.Checkpoints.Select(i => i.Id));

        var day1 = week3.Day(1)!;
        Assert.Equal("아키텍처 이해도", day1.Theme);
        Assert.Equal(["w3-d1-components", "w3-d1-etcd", "w3-d1-recovery"], day1.Checkpoints.Select(i => i.Id));
        Assert.False(day1.HasLab);
        Assert.True(day5.HasLab);
    }

    [Fact]
    public void Places_put_each_week_day_and_stage_where_the_guides_have_it()
    {
        var places = Catalog.Places();

        // The 5-week course: week N is its N-th curriculum item; its days only repeat the week, so they add no place.
        Assert.Equal("devops-k8s-5weeks#1-쿠버네티스-기본-개념과-아키텍처", Assert.Single(places, p => p.Week == 1 && p.Day is null).Section);
        Assert.DoesNotContain(places, p => p.Section.StartsWith("devops-k8s-5weeks#", StringComparison.Ordinal) && p.Day is not null);

        // The Week 3 plan: Day 5 is its sessions, lab, challenge, the project and the daily checkpoints, all in week 3.
        var day5 = places.Where(p => p.Day == 5).Select(p => p.Section).ToArray();
        Assert.Contains("k8s-week3-part3#session-2-오토스케일링--자동화-50분", day5);
        Assert.Contains("k8s-week3-part3#-week-3-통합-최종-프로젝트", day5);
        Assert.Contains("k8s-week3-part3#일일-체크포인트", day5);
        Assert.All(places.Where(p => p.Day is not null), p => Assert.Equal(3, p.Week));

        // Role guides: each stage with its months.
        var stage2 = Assert.Single(places, p => p.Section == "compute#2단계-중급-3-4개월");
        Assert.Equal((2, 3, 4), (stage2.Stage, stage2.FromMonth, stage2.ToMonth));
        Assert.Contains(places, p => p.Section == "networking#4단계-실무-7개월-이상" && p is { Stage: 4, FromMonth: 7, ToMonth: null });
    }

    [Theory]
    [InlineData("infra-platform", 7)]
    [InlineData("compute", 7)]
    [InlineData("networking", 7)]
    public void Role_guides_have_four_stages_with_months_items_and_their_checklist(string track, int checklist)
    {
        var roadmap = Catalog.Find(track)!;
        Assert.Equal([1, 2, 3, 4], roadmap.Stages.Select(s => s.Number));
        Assert.Equal([(1, 2), (3, 4), (5, 6), (7, (int?)null)], roadmap.Stages.Select(s => (s.FromMonth, s.ToMonth)));
        Assert.Equal("기초", roadmap.Stages[0].Title);
        Assert.All(roadmap.Stages, s => Assert.InRange(s.Items.Count, 3, 4));
        Assert.Equal(checklist, roadmap.Checklist.Count);
        Assert.All(roadmap.Checklist, i => Assert.Equal("체크리스트", i.Section.Heading));
        Assert.Equal(roadmap.Stages[^1], roadmap.StageInMonth(30));
    }

    [Fact]
    public void Infra_stage1_items_are_read_from_the_guide()
    {
        Assert.Equal(["Kubernetes 심화 학습", "Terraform 기초", "Helm 기초"], Catalog.Find("infra-platform")!.Stages[0].Items);
        Assert.Contains(Catalog.Find("infra-platform")!.Stages[1].Checkpoints, i => i.Id == "k8s-operator");
    }

    [Theory]
    [InlineData("\"k8s-week3-part3#-day-5-운영--고급-기능\"", "\"k8s-week3-part3#no-such-day\"", "no section 'k8s-week3-part3#no-such-day'")]
    [InlineData("[helm-chart]", "[helm-chart, no-such-item]", "unknown checklist id 'no-such-item'")]
    [InlineData("  networking:\n", "  no-such-guide:\n", "track 'no-such-guide' has no guide")]
    [InlineData("labDays: [4, 5]", "labDays: [4, 9]", "labDays must be within")]
    [InlineData("labTime: \"19:00\"", "labTime: \"7pm\"", "is not HH:mm")]
    [InlineData("daysPerWeek: 5              #", "dayzPerWeek: 5              #", "dayzPerWeek")]
    public void A_broken_reference_in_the_roadmap_file_fails(string good, string bad, string message)
    {
        Assert.Contains(good, Yaml, StringComparison.Ordinal);
        var broken = Yaml.Replace(good, bad, StringComparison.Ordinal);
        var e = Assert.ThrowsAny<Exception>(() => RoadmapBuilder.Build(Guides, RoadmapFile.Parse(broken)));
        Assert.IsType<RoadmapFileException>(e);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Session 1: 모니터링 & 로깅 (50분)", 50)]
    [InlineData("🛠️ Lab 5: 운영 환경 구축 (90분)", 90)]
    [InlineData("Lab (90 min)", 90)]
    [InlineData("Project (2시간)", 120)]
    public void Durations_are_parsed_from_headings(string heading, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), RoadmapBuilder.ParseDuration(heading));
    }
}
