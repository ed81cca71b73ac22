using StudyBot.Tests.Reminders;

namespace StudyBot.Tests.Guides;

/// <summary>Where a question is asked: one guide on request, the cohort's track preferred in its channel, and short
/// follow-ups read with the conversation's previous question.</summary>
public sealed class AskScopeTests
{
    private static readonly string Folder = Path.Combine(ContentPaths.FindContentRoot(), "guides");
    private static readonly GuideIndex Index = GuideIndex.Build(GuideLoader.Load(Folder), Glossary.Load(Folder));

    [Fact]
    public void A_guide_prefix_names_one_guide_by_its_name_or_the_start_of_it()
    {
        string[] guides = ["compute", "devops-k8s-5weeks", "infra-platform", "k8s-week3-part3", "networking"];
        Assert.Equal(("networking", "CNI 플러그인"), AskScope.SplitGuide("networking: CNI 플러그인", guides));
        Assert.Equal(("infra-platform", "Packer"), AskScope.SplitGuide("INFRA: Packer", guides));
        Assert.Equal((null, "HPA: 계산 공식"), AskScope.SplitGuide("HPA: 계산 공식", guides)); // not a guide
        Assert.Equal((null, "networking:"), AskScope.SplitGuide("networking:", guides)); // nothing to ask
    }

    [Fact]
    public void A_guide_restriction_is_a_filter_and_a_track_preference_is_a_prior()
    {
        Assert.Equal("compute", Index.Answer("CNI 플러그인", 3).Hits[0].Section.Guide);
        Assert.All(Index.Answer("CNI 플러그인", 5, new AskScope(Guide: "networking")).Hits, h => Assert.Equal("networking", h.Section.Guide));

        // Both tracks teach rolling updates; the cohort's own track comes first, the other still follows.
        var preferred = Index.Answer("롤링 업데이트", 5, new AskScope(PreferredGuide: "k8s-week3-part3")).Hits;
        Assert.Equal("k8s-week3-part3", preferred[0].Section.Guide);
        Assert.Contains(preferred, h => h.Section.Guide == "devops-k8s-5weeks");
        Assert.Equal("devops-k8s-5weeks", Index.Answer("롤링 업데이트", 5, new AskScope(PreferredGuide: "devops-k8s-5weeks")).Hits[0].Section.Guide);
    }

    [Theory]
    [InlineData("networking 가이드에서 CNI 플러그인 설명해줘", "networking", "CNI 플러그인 설명해줘")]
    [InlineData("인프라 플랫폼 가이드에 나오는 Packer는 뭐야?", "infra-platform", "나오는 Packer는 뭐야?")]
    [InlineData("In the infra platform guide, what is Packer?", "infra-platform", "In the , what is Packer?")]
    [InlineData("compute guide에서 말하는 하이퍼바이저", "compute", "말하는 하이퍼바이저")]
    [InlineData("5주 과정에서 롤링 업데이트는 몇 주차야?", "devops-k8s-5weeks", "롤링 업데이트는 몇 주차야?")]
    [InlineData("k8s-week3-part3 문서의 HPA 실습", "k8s-week3-part3", "HPA 실습")]
    [InlineData("네트워크 가이드에 VLAN 있어?", "networking", "VLAN 있어?")] // a glossary synonym of a title word
    [InlineData("VLAN은 뭘로 해? 네트워킹 가이드 기준으로", "networking", "VLAN은 뭘로 해?")] // "according to the guide"
    public void A_guide_named_before_a_guide_word_is_found_and_its_words_taken_out(string question, string guide, string rest) =>
        Assert.Equal((guide, rest), Index.Mentions.Find(question));

    [Theory]
    [InlineData("설치 과정에서 오류가 나요")] // a guide word without a guide's name
    [InlineData("k8s 가이드에서 HPA")] // names two guides
    [InlineData("스터디 가이드 어디 있어?")] // words every guide's title has
    [InlineData("networking 설정 방법")] // a name without a guide word
    [InlineData("what comes in week 2 of the course?")] // "week" is in two guides' names (week3, 5weeks)
    public void A_question_naming_no_single_guide_finds_none(string question) => Assert.Null(Index.Mentions.Find(question));

    [Fact]
    public void A_guide_the_question_names_is_preferred_over_the_track_but_does_not_filter()
    {
        Assert.Equal("compute", Index.Answer("CNI 플러그인", 3).Hits[0].Section.Guide);
        var named = Index.Answer("networking 가이드에서 CNI 플러그인", 5, new AskScope(PreferredGuide: "compute"));
        Assert.Equal("networking", named.Hits[0].Section.Guide);
        Assert.Contains(named.Hits, h => h.Section.Guide != "networking");
        Assert.DoesNotContain(named.Question!.Concepts, c => c.Text.Contains("networking", StringComparison.Ordinal) || c.Text.Contains("가이드", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_follow_up_is_read_with_the_previous_question_within_ten_minutes()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-07T09:00:00Z"));
        var followUps = new FollowUps(time);
        var first = Index.Answer("HPA가 파드 수를 어떻게 계산해?", 3);
        followUps.Remember("conv|learner", first.Question!);

        const string next = "그럼 VPA는?";
        var previous = followUps.Previous("conv|learner", next, Index.Reader.Read(next));
        Assert.NotNull(previous);
        var answer = Index.Answer(next, 3, new AskScope(Previous: previous));
        Assert.Equal("vpa", answer.Question!.Concepts[0].Text);
        Assert.DoesNotContain(answer.Question.Concepts, c => c.Text == "hpa"); // the follow-up names its own topic
        Assert.Contains(answer.Question.Concepts, c => c.Text.Contains("계산", StringComparison.Ordinal));
        Assert.Contains("VPA", answer.Text, StringComparison.Ordinal);

        Assert.Null(followUps.Previous("other|learner", next, Index.Reader.Read(next))); // another conversation
        Assert.Null(followUps.Previous("conv|learner", "Prometheus 아키텍처와 데이터 모델 설명해줘", Index.Reader.Read("Prometheus 아키텍처와 데이터 모델 설명해줘"))); // a question of its own
        time.Advance(TimeSpan.FromMinutes(11));
        Assert.Null(followUps.Previous("conv|learner", next, Index.Reader.Read(next)));
    }
}

/// <summary>The same through the real service: <c>guide=</c> on the API, a guide prefix and a cohort channel in chat.</summary>
public sealed class AskScopeChatTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_api_restricts_to_a_guide_and_refuses_an_unknown_one()
    {
        await using var bot = await StudyBotHost.StartAsync(azurite.Settings());
        var json = await bot.Client.GetFromJsonAsync<JsonElement>("api/ask?guide=networking&q=" + Uri.EscapeDataString("CNI 플러그인"), TestContext.Current.CancellationToken);
        Assert.All(json.GetProperty("results").EnumerateArray(), r => Assert.Equal("networking", r.GetProperty("guide").GetString()));

        using var unknown = await bot.Client.GetAsync("api/ask?guide=cooking&q=kubernetes", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("guide", await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_cohort_channel_the_cohorts_track_comes_first_and_a_prefix_restricts()
    {
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-11T01:00:00Z"));
        await rig.Week3CohortAsync("w3", "cohort-channel");

        var inChannel = await AskAsync(rig, "롤링 업데이트", "cohort-channel", isGroup: true);
        Assert.Contains("guides/k8s-week3-part3#", inChannel, StringComparison.Ordinal);

        var elsewhere = await AskAsync(rig, "롤링 업데이트", "some-dm", isGroup: false);
        Assert.Contains("guides/devops-k8s-5weeks#", elsewhere, StringComparison.Ordinal);

        var restricted = await AskAsync(rig, "/ask networking: CNI 플러그인", "some-dm", isGroup: false);
        Assert.Contains("guides/networking#", restricted, StringComparison.Ordinal);
        Assert.DoesNotContain("guides/compute#", restricted, StringComparison.Ordinal);
    }

    private static Task<string> AskAsync(ReminderRig rig, string text, string conversation, bool isGroup) =>
        rig.SayAsync(text, conversation, shape: a => a.Conversation!.IsGroup = isGroup);
}
