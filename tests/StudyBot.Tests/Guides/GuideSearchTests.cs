using StudyBot.Guides;
using StudyBot.Hosting;
using StudyBot.Testing;

namespace StudyBot.Tests.Guides;

public sealed class GuideSearchTests
{
    private const string Autoscaling = "k8s-week3-part3#session-2-오토스케일링--자동화-50분";
    private const string AutoscalingDetails = "k8s-week3-part3#-핵심-설명-1";

    private static readonly string Folder = Path.Combine(ContentPaths.FindContentRoot(), "guides");
    private static readonly GuideIndex Index = GuideIndex.Build(GuideLoader.Load(Folder), Glossary.Load(Folder));

    private static string Top(string question) => Index.Search(question, 1).Single().Section.Key;

    private static IReadOnlyList<string> Top3(string question) => Index.Search(question, 3).Select(h => h.Section.Key).ToArray();

    [Theory]
    [InlineData("HPA 계산 공식")]
    [InlineData("쿠버 오토스케일 공식?")]
    [InlineData("How is the autoscaling formula calculated?")]
    [InlineData("ＨＰＡ　계산　공식")] // full-width letters and spaces
    [InlineData("hpa 계산공식을")] // lower case, no space, trailing particle
    public void The_contract_example_finds_the_autoscaling_session(string question) =>
        Assert.Contains(Top(question), new[] { Autoscaling, AutoscalingDetails });

    [Fact]
    public void Korean_question_finds_an_English_written_section_through_the_glossary()
    {
        // The section says "Prometheus", "PromQL", "Pull"; the learner writes 프로메테우스.
        Assert.Contains("k8s-week3-part3#session-1-모니터링--로깅-50분", Top3("프로메테우스 수집 방식"));
    }

    [Fact]
    public void English_question_finds_a_Korean_written_section_through_the_glossary()
    {
        // "Day 5: 운영 & 고급 기능" checkpoints are written in Korean: 모니터링 스택 구축, 오토스케일링 설정.
        Assert.Equal("k8s-week3-part3#일일-체크포인트", Top("daily checkpoints"));
        Assert.Contains("networking#3-openstack-기반-서비스-개발", Top3("뉴트론 플러그인"));
        Assert.Contains("networking#3-openstack-기반-서비스-개발", Top3("Neutron plugin"));
    }

    [Fact]
    public void Particles_do_not_stop_a_match()
    {
        Assert.Equal(Top("테라폼 상태 관리"), Top("테라폼의 상태를 관리하는 법은?"));
    }

    [Theory]
    [InlineData("쿠버네티스에서", "쿠버네티스")]
    [InlineData("오토스케일링은", "오토스케일링")]
    [InlineData("알고리즘으로", "알고리즘")]
    [InlineData("성과", "성과")] // two syllables: never stripped
    [InlineData("차이", "차이")]
    [InlineData("kubernetes", "kubernetes")]
    public void Particle_stripping_keeps_the_noun(string word, string expected) =>
        Assert.Equal(expected, QueryText.StripParticle(word));

    [Fact]
    public void Words_split_at_script_boundaries_and_fold_width()
    {
        Assert.Equal(["k8s", "오토스케일", "hpa"], QueryText.Words("Ｋ８ｓ오토스케일, HPA!"));
    }

    [Fact]
    public void Glossary_expands_both_ways()
    {
        var glossary = Glossary.Load(Folder);
        var korean = Assert.Single(QueryText.Concepts("오퍼레이터", glossary));
        Assert.Contains("operator", korean.Expansions);
        var english = Assert.Single(QueryText.Concepts("service mesh", glossary));
        Assert.Contains("서비스 메시", english.Expansions);
        Assert.Empty(QueryText.Concepts("뭐야 어떻게 알려줘", glossary));
    }

    [Fact]
    public void Query_syntax_in_a_question_is_just_text()
    {
        // Lucene query-parser syntax must neither throw nor change the meaning.
        var hits = Index.Search("HPA AND (\"계산 공식\" OR title:*) ~2 ^3 [a TO z] \\", 3);
        Assert.Contains(hits[0].Section.Key, new[] { Autoscaling, AutoscalingDetails });
        Assert.Empty(Index.Search("?!* ~ ^", 3));
    }

    [Theory]
    [InlineData("오늘 점심 메뉴 추천")]
    [InlineData("what is the capital of France")]
    public void Off_topic_questions_are_below_the_threshold(string question)
    {
        var hits = Index.Search(question, 3);
        Assert.True(hits.Count == 0 || hits[0].Coverage < new GuidesOptions().MinCoverage, $"{question}: {hits.FirstOrDefault()?.Coverage}");
    }

    [Fact]
    public void On_topic_questions_pass_the_threshold() =>
        Assert.True(Index.Search("HPA 계산 공식", 1)[0].Coverage >= new GuidesOptions().MinCoverage);

    [Fact]
    public async Task Searches_run_concurrently_with_index_swaps()
    {
        var catalogs = new GuideCatalogProvider(Microsoft.Extensions.Options.Options.Create(new GuidesOptions { Path = Folder }), new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = ContentPaths.FindContentRoot() });
        var search = new GuideSearch(catalogs, Microsoft.Extensions.Options.Options.Create(new GuidesOptions()), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        var glossary = Glossary.Load(Folder);

        var swaps = Task.Run(() =>
        {
            for (var i = 0; i < 5; i++)
            {
                search.Swap(GuideIndex.Build(catalogs.Current, glossary));
            }
        }, TestContext.Current.CancellationToken);
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(
            () => Enumerable.Range(0, 25).Select(_ => search.Ask("HPA 계산 공식", 3, "test")).ToArray(), TestContext.Current.CancellationToken)));
        await swaps;

        Assert.All(answers.SelectMany(a => a), a => Assert.Contains(a.Hits[0].Section.Key, new[] { Autoscaling, AutoscalingDetails }));
    }

    [Fact]
    public void Excerpt_keeps_the_formula_code_as_code()
    {
        var section = Index.Catalog.FindSection("k8s-week3-part3", "session-2-오토스케일링--자동화-50분")!;
        var guide = Index.Catalog.FindGuide(section.Guide)!;
        var excerpt = SectionExcerpt.Best(guide, section, QueryText.Concepts("HPA 계산 공식", Index.Glossary));
        var code = Assert.Single(excerpt, p => p.IsCode && p.Text.Contains("desiredReplicas", StringComparison.Ordinal));
        Assert.True(excerpt.Count <= 3);
        Assert.True(code.Text.Split('\n').Length <= SectionExcerpt.MaxCodeLines + 1);
    }
}

/// <summary>The old evaluation set (tuning material only; the learner set guards quality): its sections must exist.</summary>
public sealed class AskEvaluationTests
{
    [Fact]
    public void Every_expected_section_exists()
    {
        var catalog = GuideLoader.Load(Path.Combine(ContentPaths.FindContentRoot(), "guides"));
        var keys = catalog.Sections.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(AskEvaluation.LoadDefault().Questions.SelectMany(q => q.Expected), key => Assert.Contains(key, keys));
    }
}
